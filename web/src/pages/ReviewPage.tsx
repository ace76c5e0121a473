// The review screen: the source text with every extracted item highlighted, and beside it the items by
// type, each accepted, edited or rejected, one by one or all of a type. Selecting an item marks its passage.
// `?span=START,END` marks a passage on arrival (links back from documents, indicators and tasks).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Badge,
  Button,
  Card,
  Col,
  Form,
  Input,
  InputNumber,
  List,
  Modal,
  Row,
  Space,
  Tabs,
  Tag,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { api, errorText } from '../api/client.ts';
import type { SourceSummary, Span } from '../api/types.ts';
import { PageTitle } from '../components/common.tsx';
import { Loading, QueryError } from '../components/QueryState.tsx';
import { SourceText } from '../components/SourceText.tsx';
import { formatNumber } from '../format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { MessageKey } from '../i18n/messages.ts';

const TYPES = ['documents', 'targets', 'results', 'tasks'] as const;
type ReviewType = (typeof TYPES)[number];
type Item = Record<string, unknown> & { span: Span };

interface Decision {
  type: ReviewType;
  index: number;
  decision: 'accepted' | 'rejected';
  recordType: string | null;
  recordId: number | null;
}
interface SourceDetail extends SourceSummary {
  text: string;
  extraction: Record<string, Item[]>;
  decisions: Decision[];
}
interface Outcome {
  accepted: number;
  rejected: number;
  created: number;
  linked: number;
}
interface Proposal {
  id: number;
  name: string;
  sourceId: number | null;
  tasks: { id: number; text: string; role: 'lead' | 'partner' }[];
}

const RECORD_PATHS: Record<string, string> = {
  document: '/documents',
  task: '/tasks',
  target: '/indicators',
  observation: '/indicators',
};

function summary(type: ReviewType, item: Item, lang: 'vi' | 'en'): string {
  const s = (k: string) => (typeof item[k] === 'string' ? (item[k] as string) : '');
  switch (type) {
    case 'documents':
      return [s('kind'), s('symbol') || `"${s('title')}"`, s('date')].filter(Boolean).join(' · ');
    case 'targets':
    case 'results': {
      const value = typeof item.value === 'number' ? formatNumber(item.value, lang) : '';
      const year = item.year ?? (Array.isArray(item.period) ? (item.period as number[]).join('–') : '');
      return `${s('indicator')}: ${value}${s('unit') ? ` ${s('unit')}` : ''}${year ? ` (${year})` : ''}`;
    }
    case 'tasks':
      return s('text');
  }
}

const FIELDS: Record<ReviewType, { name: string; label: string; kind: 'text' | 'number' | 'list' }[]> = {
  documents: [
    { name: 'symbol', label: 'f.symbol', kind: 'text' },
    { name: 'title', label: 'f.title', kind: 'text' },
    { name: 'kind', label: 'f.kind', kind: 'text' },
    { name: 'date', label: 'f.date', kind: 'text' },
  ],
  targets: [
    { name: 'indicator', label: 'f.indicator', kind: 'text' },
    { name: 'value', label: 'f.value', kind: 'number' },
    { name: 'unit', label: 'f.unit', kind: 'text' },
    { name: 'year', label: 'f.year', kind: 'number' },
    { name: 'scope', label: 'f.scope', kind: 'text' },
  ],
  results: [],
  tasks: [
    { name: 'text', label: 'f.text', kind: 'text' },
    { name: 'lead', label: 'f.lead', kind: 'text' },
    { name: 'partners', label: 'f.partners', kind: 'list' },
    { name: 'deadline', label: 'f.deadline', kind: 'text' },
  ],
};
FIELDS.results = FIELDS.targets;

function EditModal({
  type,
  item,
  onCancel,
  onSave,
  saving,
}: {
  type: ReviewType;
  item: Item;
  onCancel: () => void;
  onSave: (value: Record<string, unknown>) => void;
  saving: boolean;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm();
  const initial = Object.fromEntries(
    FIELDS[type].map((f) => [
      f.name,
      f.kind === 'list' && Array.isArray(item[f.name]) ? (item[f.name] as string[]).join('; ') : item[f.name],
    ]),
  );
  return (
    <Modal
      open
      title={t('review.edit')}
      okText={t('review.save')}
      cancelText={t('review.cancel')}
      confirmLoading={saving}
      onCancel={onCancel}
      onOk={() => form.submit()}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={(values: Record<string, unknown>) => {
          const out: Record<string, unknown> = {};
          for (const f of FIELDS[type]) {
            const v = values[f.name];
            if (v === undefined || v === null || v === '') continue;
            out[f.name] =
              f.kind === 'list'
                ? String(v)
                    .split(';')
                    .map((x) => x.trim())
                    .filter(Boolean)
                : f.name === 'deadline' && /^\d{4}$/.test(String(v))
                  ? Number(v)
                  : v;
          }
          onSave(out);
        }}
      >
        {FIELDS[type].map((f) => (
          <Form.Item key={f.name} name={f.name} label={t(`review.${f.label}` as MessageKey)}>
            {f.kind === 'number' ? (
              <InputNumber style={{ width: '100%' }} />
            ) : f.name === 'text' || f.name === 'title' ? (
              <Input.TextArea autoSize />
            ) : (
              <Input />
            )}
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}

function Proposals({ sourceId }: { sourceId: number }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const query = useQuery({
    queryKey: ['agency-proposals'],
    queryFn: () => api<Proposal[]>('/agency-proposals'),
  });
  const decide = useMutation({
    mutationFn: ({ id, action }: { id: number; action: 'confirm' | 'reject' }) =>
      api(`/agency-proposals/${id}`, { method: 'POST', body: { action } }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['agency-proposals'] }),
  });
  const mine = (query.data ?? []).filter((p) => p.sourceId === sourceId);
  if (!mine.length) return null;
  return (
    <Card size="small" title={t('review.proposals')} style={{ marginTop: 16 }}>
      <p className="muted">{t('review.proposalsHint')}</p>
      <List
        size="small"
        dataSource={mine}
        renderItem={(p) => (
          <List.Item
            actions={[
              <Button
                key="c"
                size="small"
                type="primary"
                onClick={() => decide.mutate({ id: p.id, action: 'confirm' })}
              >
                {t('review.confirm')}
              </Button>,
              <Button
                key="r"
                size="small"
                danger
                onClick={() => decide.mutate({ id: p.id, action: 'reject' })}
              >
                {t('review.reject')}
              </Button>,
            ]}
          >
            <List.Item.Meta title={p.name} description={p.tasks.map((t) => t.text).join(' · ')} />
          </List.Item>
        )}
      />
    </Card>
  );
}

export default function ReviewPage() {
  const { t, lang } = useI18n();
  const { id } = useParams();
  const [params] = useSearchParams();
  const client = useQueryClient();
  const initialSpan = useMemo<Span | null>(() => {
    const m = /^(\d+),(\d+)$/.exec(params.get('span') ?? '');
    return m ? [Number(m[1]), Number(m[2])] : null;
  }, [params]);
  const [selected, setSelected] = useState<Span | null>(initialSpan);
  const [editing, setEditing] = useState<{ type: ReviewType; index: number } | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const query = useQuery({
    queryKey: ['sources', 'one', id],
    queryFn: () => api<SourceDetail>(`/sources/${id}`),
  });
  const review = useMutation({
    mutationFn: (
      decisions: {
        type: ReviewType;
        index?: number;
        action: 'accept' | 'edit' | 'reject';
        value?: Record<string, unknown>;
      }[],
    ) =>
      api<{ outcome: Outcome; source: SourceDetail }>(`/sources/${id}/review`, {
        method: 'POST',
        body: { decisions },
      }),
    onSuccess: (res) => {
      client.setQueryData(['sources', 'one', id], res.source);
      void client.invalidateQueries({ queryKey: ['sources'], exact: false });
      void client.invalidateQueries({ queryKey: ['agency-proposals'] });
      setOutcome(res.outcome);
      setEditing(null);
    },
  });
  // Bring the marked passage into view.
  useEffect(() => {
    if (selected)
      document
        .querySelector('.source-text .hl-self')
        ?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [selected]);

  if (query.error) return <QueryError error={query.error} onRetry={() => query.refetch()} />;
  if (!query.data) return <Loading />;
  const source = query.data;
  const decided = new Map(source.decisions.map((d) => [`${d.type}:${d.index}`, d]));
  const editItem = editing ? source.extraction[editing.type]?.[editing.index] : undefined;

  const tabs = TYPES.map((type) => {
    const items = source.extraction[type] ?? [];
    const open = items.filter((_, i) => !decided.has(`${type}:${i}`)).length;
    return {
      key: type,
      label: (
        <Badge count={open} size="small" offset={[8, -2]}>
          {t(`extract.${type}` as MessageKey)} ({items.length})
        </Badge>
      ),
      children: (
        <div>
          <Space style={{ marginBottom: 8 }}>
            <Button
              size="small"
              type="primary"
              disabled={!open}
              onClick={() => review.mutate([{ type, action: 'accept' }])}
            >
              {t('review.acceptAll')}
            </Button>
            <Button
              size="small"
              danger
              disabled={!open}
              onClick={() => review.mutate([{ type, action: 'reject' }])}
            >
              {t('review.rejectAll')}
            </Button>
          </Space>
          <List
            size="small"
            locale={{ emptyText: t('review.none') }}
            dataSource={items.map((item, index) => ({ item, index }))}
            renderItem={({ item, index }) => {
              const d = decided.get(`${type}:${index}`);
              const isSelected = selected?.[0] === item.span[0] && selected?.[1] === item.span[1];
              return (
                <List.Item
                  className={isSelected ? 'review-item-selected' : undefined}
                  onClick={() => setSelected(item.span)}
                  style={{
                    cursor: 'pointer',
                    background: isSelected ? 'rgba(250, 173, 20, 0.12)' : undefined,
                  }}
                  actions={
                    d?.decision === 'accepted'
                      ? [
                          d.recordId &&
                          RECORD_PATHS[d.recordType ?? ''] &&
                          d.recordType !== 'target' &&
                          d.recordType !== 'observation' ? (
                            <Link key="o" to={`${RECORD_PATHS[d.recordType ?? '']}/${d.recordId}`}>
                              {t('review.open')}
                            </Link>
                          ) : null,
                        ]
                      : [
                          <Button
                            key="a"
                            size="small"
                            type="link"
                            onClick={() => review.mutate([{ type, index, action: 'accept' }])}
                          >
                            {t('review.accept')}
                          </Button>,
                          <Button
                            key="e"
                            size="small"
                            type="link"
                            onClick={() => setEditing({ type, index })}
                          >
                            {t('review.edit')}
                          </Button>,
                          d ? null : (
                            <Button
                              key="r"
                              size="small"
                              type="link"
                              danger
                              onClick={() => review.mutate([{ type, index, action: 'reject' }])}
                            >
                              {t('review.reject')}
                            </Button>
                          ),
                        ]
                  }
                >
                  <Space direction="vertical" size={2}>
                    <span>{summary(type, item, lang)}</span>
                    <Tag
                      color={
                        d?.decision === 'accepted' ? 'green' : d?.decision === 'rejected' ? 'default' : 'gold'
                      }
                    >
                      {d?.decision === 'accepted'
                        ? t('review.accepted')
                        : d?.decision === 'rejected'
                          ? t('review.rejectedItem')
                          : t('review.undecided')}
                    </Tag>
                  </Space>
                </List.Item>
              );
            }}
          />
        </div>
      ),
    };
  });

  return (
    <div className="page">
      <PageTitle
        title={source.title ?? source.fileName ?? `${t('review.source')} #${source.id}`}
        sub={
          <Space>
            <Tag>{t(`review.state.${source.reviewState}`)}</Tag>
            {source.url && (
              <a href={source.url} target="_blank" rel="noreferrer noopener">
                {source.url}
              </a>
            )}
          </Space>
        }
      />
      {review.error && (
        <Alert
          type="error"
          showIcon
          closable
          message={errorText(review.error, lang, t('common.error'), t('common.networkError'))}
        />
      )}
      {outcome && (
        <Alert
          type="success"
          showIcon
          closable
          onClose={() => setOutcome(null)}
          message={t('review.done', { ...outcome })}
        />
      )}
      <Row gutter={[16, 16]} style={{ marginTop: 8 }}>
        <Col xs={24} lg={13}>
          <Card size="small">
            <SourceText text={source.text} extraction={source.extraction} selfSpan={selected} />
          </Card>
        </Col>
        <Col xs={24} lg={11}>
          <Card size="small" title={t('review.review')}>
            <Tabs items={tabs} />
          </Card>
          <Proposals sourceId={source.id} />
        </Col>
      </Row>
      {editing && editItem && (
        <EditModal
          type={editing.type}
          item={editItem}
          saving={review.isPending}
          onCancel={() => setEditing(null)}
          onSave={(value) =>
            review.mutate([{ type: editing.type, index: editing.index, action: 'edit', value }])
          }
        />
      )}
    </div>
  );
}
