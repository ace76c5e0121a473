// Sources: paste a text or upload a file (one source, then its review), bulk-import many files or corpora
// as a background job with live progress, and the list of sources with the review queue first.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UploadFile } from 'antd';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Col,
  Input,
  List,
  Progress,
  Row,
  Segmented,
  Space,
  Table,
  Tag,
  Upload,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, errorText, postForm } from '../api/client.ts';
import type { ImportProgress, SourceSummary } from '../api/types.ts';
import { PageTitle } from '../components/common.tsx';
import { QueryError } from '../components/QueryState.tsx';
import { useUrlFilters } from '../components/url.ts';
import { formatDateTime, formatNumber } from '../format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

const STATE_COLOURS: Record<SourceSummary['reviewState'], string> = {
  pending: 'gold',
  in_review: 'blue',
  reviewed: 'green',
  rejected: 'default',
};

function formatEta(seconds: number | null): string {
  if (seconds === null) return '…';
  if (seconds < 60) return `${seconds} s`;
  const m = Math.floor(seconds / 60);
  return m < 60 ? `${m} min ${seconds % 60} s` : `${Math.floor(m / 60)} h ${m % 60} min`;
}

export function ImportProgressView({ job }: { job: ImportProgress }) {
  const { lang, t } = useI18n();
  const settled = job.done + job.failed;
  return (
    <div data-testid="import-progress">
      <strong>{job.label}</strong>
      <Progress
        percent={job.total ? Math.floor((settled / job.total) * 100) : 0}
        status={job.state === 'done' ? (job.failed ? 'normal' : 'success') : 'active'}
      />
      <div>
        {t('review.progress', {
          done: formatNumber(settled, lang),
          total: formatNumber(job.total, lang),
          rate: formatNumber(job.rate, lang),
          eta: formatEta(job.etaSeconds),
        })}
      </div>
      {job.errors.length > 0 && (
        <List
          size="small"
          header={`${t('review.skipped')} (${job.failed})`}
          dataSource={job.errors}
          renderItem={(e) => (
            <List.Item>
              <code>{e.ref}</code>: {e.error}
            </List.Item>
          )}
        />
      )}
    </div>
  );
}

function OneSource() {
  const { lang, t } = useI18n();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [mode, setMode] = useState<'paste' | 'file'>('paste');
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const submit = useMutation({
    mutationFn: async () => {
      if (mode === 'file') {
        const form = new FormData();
        if (title.trim()) form.set('title', title.trim());
        if (url.trim()) form.set('url', url.trim());
        form.set('file', file!);
        return postForm<{ id: number; created: boolean }>('/sources', form);
      }
      return api<{ id: number; created: boolean }>('/sources', {
        method: 'POST',
        body: { text, title: title.trim() || null, url: url.trim() || null },
      });
    },
    onSuccess: (source) => {
      void client.invalidateQueries({ queryKey: ['sources'] });
      if (!source.created) setNotice(t('review.duplicate'));
      navigate(`/sources/${source.id}`);
    },
  });
  return (
    <Card size="small" title={mode === 'paste' ? t('review.paste') : t('review.file')}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Segmented
          className="segmented-wrap"
          value={mode}
          onChange={(v) => setMode(v as 'paste' | 'file')}
          options={[
            { value: 'paste', label: t('review.paste') },
            { value: 'file', label: t('review.file') },
          ]}
        />
        {mode === 'paste' ? (
          <Input.TextArea
            aria-label={t('review.paste')}
            placeholder={t('review.pasteHint')}
            value={text}
            onChange={(e) => setText(e.target.value)}
            autoSize={{ minRows: 6, maxRows: 14 }}
          />
        ) : (
          <Upload
            accept=".txt,.docx,.html,.htm,.pdf"
            maxCount={1}
            beforeUpload={(f) => {
              setFile(f);
              return false;
            }}
            onRemove={() => setFile(null)}
          >
            <Button>{t('review.file')}</Button>
          </Upload>
        )}
        <Input
          aria-label={t('review.titleField')}
          placeholder={t('review.titleField')}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
        <Input
          aria-label={t('review.url')}
          placeholder={t('review.url')}
          value={url}
          onChange={(e) => setUrl(e.target.value)}
        />
        <Button
          type="primary"
          loading={submit.isPending}
          disabled={mode === 'paste' ? !text.trim() : !file}
          onClick={() => submit.mutate()}
        >
          {t('review.submit')}
        </Button>
        {submit.error && (
          <Alert
            type="error"
            showIcon
            message={errorText(submit.error, lang, t('common.error'), t('common.networkError'))}
          />
        )}
        {notice && <Alert type="info" showIcon message={notice} />}
      </Space>
    </Card>
  );
}

function BulkImport() {
  const { lang, t } = useI18n();
  const client = useQueryClient();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [accept, setAccept] = useState(false);
  const [jobId, setJobId] = useState<number | null>(null);
  const start = useMutation({
    mutationFn: () => {
      const form = new FormData();
      form.set('accept', String(accept));
      for (const f of files) form.append('files', f.originFileObj as File);
      return postForm<ImportProgress>('/imports', form);
    },
    onSuccess: (job) => {
      setJobId(job.id);
      setFiles([]);
    },
  });
  // Live progress: polled every second until the job is done.
  const progress = useQuery({
    queryKey: ['imports', jobId],
    queryFn: () => api<ImportProgress>(`/imports/${jobId}`),
    enabled: jobId !== null,
    refetchInterval: (q) => {
      if (q.state.data?.state === 'done') {
        void client.invalidateQueries({ queryKey: ['sources'] });
        return false;
      }
      return 1000;
    },
  });
  return (
    <Card size="small" title={t('review.bulk')}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <span className="muted">{t('review.bulkHint')}</span>
        <Upload
          multiple
          accept=".txt,.docx,.html,.htm,.pdf,.jsonl,.ndjson"
          fileList={files}
          beforeUpload={() => false}
          onChange={({ fileList }) => setFiles(fileList)}
        >
          <Button>{t('review.bulk')}…</Button>
        </Upload>
        <Checkbox checked={accept} onChange={(e) => setAccept(e.target.checked)}>
          {t('review.bulkAccept')}
        </Checkbox>
        <Button
          type="primary"
          disabled={!files.length}
          loading={start.isPending}
          onClick={() => start.mutate()}
        >
          {t('review.bulkStart')}
        </Button>
        {start.error && (
          <Alert
            type="error"
            showIcon
            message={errorText(start.error, lang, t('common.error'), t('common.networkError'))}
          />
        )}
        {progress.data && <ImportProgressView job={progress.data} />}
      </Space>
    </Card>
  );
}

export default function SourcesPage() {
  const { lang, t } = useI18n();
  const { values, page, pageSize, set } = useUrlFilters(['reviewState'] as const);
  const list = useQuery({
    queryKey: ['sources', values, page, pageSize],
    queryFn: () =>
      api<{ items: SourceSummary[]; total: number }>('/sources', { query: { ...values, page, pageSize } }),
    placeholderData: keepPreviousData,
  });
  return (
    <div className="page">
      <PageTitle title={t('review.title')} sub={t('review.sub')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <OneSource />
        </Col>
        <Col xs={24} lg={12}>
          <BulkImport />
        </Col>
        <Col span={24}>
          <Card size="small" title={t('review.queue')}>
            {/* In the body rather than the header, wrapping: on a phone the four states need the card's width. */}
            <div style={{ marginBottom: 12 }}>
              <Segmented
                className="segmented-wrap"
                value={values.reviewState || 'all'}
                onChange={(v) => set({ reviewState: v === 'all' ? '' : String(v) })}
                options={[
                  { value: 'all', label: t('review.all') },
                  { value: 'pending', label: t('review.state.pending') },
                  { value: 'in_review', label: t('review.state.in_review') },
                  { value: 'reviewed', label: t('review.state.reviewed') },
                ]}
              />
            </div>
            {list.error ? (
              <QueryError error={list.error} onRetry={() => list.refetch()} />
            ) : (
              <Table<SourceSummary>
                rowKey="id"
                size="small"
                loading={list.isFetching}
                dataSource={list.data?.items ?? []}
                pagination={{
                  current: page,
                  pageSize,
                  total: list.data?.total ?? 0,
                  onChange: (p, s) => set({ page: String(p), pageSize: String(s) }),
                }}
                columns={[
                  {
                    title: t('review.titleField').split(' (')[0],
                    key: 'title',
                    // A file name or a long title without blanks wraps inside the phone's width.
                    render: (_, s) => (
                      <Link to={`/sources/${s.id}`} style={{ overflowWrap: 'anywhere' }}>
                        {s.title ?? s.fileName ?? `#${s.id}`}
                      </Link>
                    ),
                  },
                  {
                    title: t('review.state'),
                    key: 'state',
                    render: (_, s) => (
                      <Tag color={STATE_COLOURS[s.reviewState]}>{t(`review.state.${s.reviewState}`)}</Tag>
                    ),
                  },
                  {
                    title: t('review.items'),
                    key: 'counts',
                    // On a phone the title and the state are what one reads; the counts and the date
                    // come back on a wider screen (and the page never scrolls sideways).
                    responsive: ['md'],
                    render: (_, s) =>
                      (Object.entries(s.counts) as Array<[keyof typeof s.counts, number]>)
                        .filter(([, n]) => n > 0)
                        .map(([k, n]) => `${t(`extract.${k}`)} ${formatNumber(n, lang)}`)
                        .join(' · '),
                  },
                  {
                    title: t('review.created'),
                    key: 'created',
                    responsive: ['md'],
                    render: (_, s) => formatDateTime(s.createdAt),
                  },
                ]}
              />
            )}
          </Card>
        </Col>
      </Row>
    </div>
  );
}
