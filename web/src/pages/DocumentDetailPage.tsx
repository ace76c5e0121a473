import { useQuery } from '@tanstack/react-query';
import { Card, Col, Collapse, Descriptions, List, Row, Space, Table, Tag } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../api/client.ts';
import type { DocumentDetail, Target } from '../api/types.ts';
import type { ChartOption } from '../charts/EChart.tsx';
import { PageTitle } from '../components/common.tsx';
import { useKindLabel } from '../components/docKinds.ts';
import { EmptyState, Loading, QueryView } from '../components/QueryState.tsx';
import { SourceText } from '../components/SourceText.tsx';
import { TaskTable } from '../components/TaskTable.tsx';
import { DocumentStatusTag, IllustrativeTag } from '../components/tags.tsx';
import { formatDate, formatValue } from '../format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { MessageKey } from '../i18n/messages.ts';

const EChart = lazy(() => import('../charts/EChart.tsx'));

export default function DocumentDetailPage() {
  const { id } = useParams();
  const query = useQuery({
    queryKey: ['documents', id, 'detail'],
    queryFn: () => api<DocumentDetail>(`/documents/${id}`),
  });
  return (
    <div className="page">
      <QueryView query={query} rows={10}>
        {(doc) => <DocumentView doc={doc} />}
      </QueryView>
    </div>
  );
}

function DocumentView({ doc }: { doc: DocumentDetail }) {
  const { t, tc, lang } = useI18n();
  const kindLabel = useKindLabel();
  const horizon = [doc.horizonYear, doc.visionYear].filter(Boolean).join(', ');
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="document-detail">
      <PageTitle
        title={
          <>
            {kindLabel(doc.kind)} {doc.symbol ?? ''}
          </>
        }
        sub={doc.title}
        extra={
          <Space>
            <DocumentStatusTag status={doc.status} />
            <IllustrativeTag show={doc.illustrative} />
          </Space>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t('doc.metadata')} size="small" style={{ height: '100%' }}>
            <Descriptions column={1} size="small" bordered>
              <Descriptions.Item label={t('field.symbol')}>{doc.symbol || '—'}</Descriptions.Item>
              <Descriptions.Item label={t('field.kind')}>{kindLabel(doc.kind)}</Descriptions.Item>
              <Descriptions.Item label={t('field.title')}>{doc.title}</Descriptions.Item>
              <Descriptions.Item label={t('field.issuer')}>{doc.issuer || '—'}</Descriptions.Item>
              <Descriptions.Item label={t('field.issuedOn')}>{formatDate(doc.issuedOn)}</Descriptions.Item>
              <Descriptions.Item label={t('field.horizon')}>{horizon || '—'}</Descriptions.Item>
              <Descriptions.Item label={t('field.status')}>{tc('docStatus', doc.status)}</Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('doc.links')} size="small" style={{ height: '100%' }}>
            <LinksGraph doc={doc} />
          </Card>
        </Col>
      </Row>
      <Card title={`${t('doc.targets')} (${doc.targets.length})`} size="small">
        <Table<Target>
          data-testid="document-targets"
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={doc.targets}
          scroll={{ x: 640 }}
          locale={{ emptyText: <EmptyState text={t('doc.noTargets')} /> }}
          columns={[
            {
              title: t('field.indicator'),
              render: (_v, r) =>
                r.indicator ? <Link to={`/indicators/${r.indicator.id}`}>{r.indicator.name}</Link> : '—',
            },
            {
              title: t('field.target'),
              width: 170,
              render: (_v, r) => {
                const unit = r.indicator?.unit;
                return r.valueMax != null
                  ? `${formatValue(r.value, unit, lang)} – ${formatValue(r.valueMax, unit, lang)}`
                  : formatValue(r.value, unit, lang);
              },
            },
            {
              title: t('field.targetYear'),
              width: 120,
              render: (_v, r) => (r.periodStart ? `${r.periodStart}–${r.year}` : r.year),
            },
            {
              title: t('field.baseline'),
              width: 170,
              render: (_v, r) =>
                r.baselineYear != null
                  ? `${r.baselineYear}: ${formatValue(r.baselineValue, r.indicator?.unit, lang)}`
                  : '—',
            },
            { title: '', width: 110, render: (_v, r) => <IllustrativeTag show={!!r.illustrative} /> },
          ]}
        />
      </Card>
      <Card title={`${t('doc.tasks')} (${doc.tasks.length})`} size="small">
        <TaskTable
          data-testid="document-tasks"
          tasks={doc.tasks}
          showDocument={false}
          pagination={doc.tasks.length > 20 ? { pageSize: 20 } : false}
          emptyText={t('doc.noTasks')}
          size="small"
        />
      </Card>
      <Card title={t('doc.source')} size="small">
        {doc.source ? (
          <SourceText
            text={doc.source.text}
            extraction={doc.source.extraction as Record<string, unknown> | null}
            selfSpan={doc.sourceSpan}
          />
        ) : (
          <EmptyState text={t('doc.noSource')} />
        )}
        {doc.fullText && doc.fullText !== doc.source?.text && (
          <Collapse
            style={{ marginTop: 12 }}
            items={[
              {
                key: 'full',
                label: t('doc.fullText'),
                children: <div className="source-text">{doc.fullText}</div>,
              },
            ]}
          />
        )}
      </Card>
    </Space>
  );
}

const LINK_COLOURS: Record<string, string> = {
  implements: '#1677ff',
  replaces: '#d46b08',
  amends: '#722ed1',
  guides: '#13c2c2',
  mentions: '#8c8c8c',
};

function LinksGraph({ doc }: { doc: DocumentDetail }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const option = useMemo<ChartOption>(() => {
    const others = [...new Map(doc.links.map((l) => [l.document.id, l.document])).values()];
    const nodes = [
      {
        id: String(doc.id),
        name: doc.symbol || t('doc.thisDocument'),
        symbolSize: 46,
        itemStyle: { color: '#1d4e89' },
        label: { show: true, position: 'inside' as const, color: '#fff', fontSize: 10 },
      },
      ...others.map((o) => {
        return {
          id: String(o.id),
          name: o.symbol || o.title.slice(0, 24),
          symbolSize: 34,
          itemStyle: { color: '#8fb3de' },
          label: { show: true, position: 'bottom' as const, color: '#262626', fontSize: 11 },
        };
      }),
    ];
    const edges = doc.links.map((l) => ({
      source: l.direction === 'out' ? String(doc.id) : String(l.document.id),
      target: l.direction === 'out' ? String(l.document.id) : String(doc.id),
      lineStyle: { color: LINK_COLOURS[l.kind] ?? '#8c8c8c', width: 2 },
      label: { show: true, formatter: t(`link.${l.kind}.out` as MessageKey), fontSize: 10 },
    }));
    return {
      tooltip: { formatter: (p: unknown) => (p as { name?: string }).name ?? '' },
      series: [
        {
          type: 'graph',
          // A force layout copes with any number of links; it settles before drawing (no animation).
          layout: 'force',
          force: { repulsion: 500, edgeLength: [110, 160], gravity: 0.15, layoutAnimation: false },
          roam: false,
          data: nodes,
          links: edges,
          edgeSymbol: ['none', 'arrow'],
          edgeSymbolSize: 9,
        },
      ],
    };
  }, [doc, t]);
  if (!doc.links.length) return <EmptyState text={t('doc.noLinks')} />;
  return (
    <>
      <Suspense fallback={<Loading />}>
        <EChart
          testId="links-graph"
          label={t('doc.links')}
          option={option}
          height={doc.links.length > 4 ? 300 : 240}
          onClick={(p) => {
            const id = (p.data as { id?: string } | undefined)?.id;
            if (p.dataType === 'node' && id && id !== String(doc.id)) navigate(`/documents/${id}`);
          }}
        />
      </Suspense>
      <List
        size="small"
        dataSource={doc.links}
        renderItem={(l) => (
          <List.Item>
            <Space wrap>
              <Tag color={LINK_COLOURS[l.kind]}>{t(`link.${l.kind}.${l.direction}` as MessageKey)}</Tag>
              <Link to={`/documents/${l.document.id}`}>{l.document.symbol || l.document.title}</Link>
              <span className="muted">{l.document.symbol ? l.document.title : ''}</span>
            </Space>
          </List.Item>
        )}
      />
    </>
  );
}
