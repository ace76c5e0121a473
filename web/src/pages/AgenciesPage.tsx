import { useQuery } from '@tanstack/react-query';
import { Card, Col, Input, Progress, Row, Space, Tag, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../api/client.ts';
import { type AgencyNode, PROGRESS_STATUSES, type Scorecard, TASK_STATUSES } from '../api/types.ts';
import { PageTitle } from '../components/common.tsx';
import { EmptyState, QueryView } from '../components/QueryState.tsx';
import { COLOUR_HEX, PROGRESS_COLOUR, TASK_STATUS_COLOUR } from '../components/tags.tsx';
import { listHref } from '../components/url.ts';
import { formatNumber, formatRate } from '../format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { foldVietnamese } from '../text.ts';

function toTreeData(nodes: AgencyNode[], filter: string, kindLabel: (k: string) => string): DataNode[] {
  const out: DataNode[] = [];
  for (const n of nodes) {
    const children = toTreeData(n.children ?? [], filter, kindLabel);
    const matches = !filter || foldVietnamese(`${n.name} ${n.shortName ?? ''}`).includes(filter);
    if (!matches && children.length === 0) continue;
    out.push({
      key: String(n.id),
      title: (
        <span>
          {n.name}
          {n.shortName && n.shortName !== n.name ? <span className="muted"> ({n.shortName})</span> : null}{' '}
          <Tag className="kind-tag">{kindLabel(n.kind)}</Tag>
        </span>
      ),
      children,
    });
  }
  return out;
}

function allKeys(nodes: DataNode[]): string[] {
  return nodes.flatMap((n) => [String(n.key), ...allKeys(n.children ?? [])]);
}

export default function AgenciesPage() {
  const { t, tc } = useI18n();
  const { id } = useParams();
  const navigate = useNavigate();
  const [filter, setFilter] = useState('');
  const tree = useQuery({
    queryKey: ['agencies', 'tree'],
    queryFn: () => api<{ items: AgencyNode[] }>('/agencies/tree'),
    staleTime: 10 * 60_000,
  });
  const data = useMemo(
    () => toTreeData(tree.data?.items ?? [], foldVietnamese(filter.trim()), (k) => tc('agKind', k)),
    [tree.data, filter, tc],
  );
  return (
    <div className="page">
      <PageTitle title={t('ag.title')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card title={t('ag.tree')} size="small">
            <Input.Search
              aria-label={t('ag.filter')}
              placeholder={t('ag.filter')}
              allowClear
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
              style={{ marginBottom: 8 }}
            />
            <QueryView query={tree}>
              {() =>
                data.length ? (
                  <Tree
                    data-testid="agency-tree"
                    treeData={data}
                    // Filtering opens every branch so matches are seen.
                    {...(filter ? { expandedKeys: allKeys(data) } : { defaultExpandAll: true })}
                    selectedKeys={id ? [id] : []}
                    onSelect={(keys) => keys[0] && navigate(`/agencies/${keys[0]}`)}
                    blockNode
                  />
                ) : (
                  <EmptyState />
                )
              }
            </QueryView>
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          {id ? (
            <ScorecardCard id={id} />
          ) : (
            <Card size="small">
              <EmptyState text={t('ag.pick')} />
            </Card>
          )}
        </Col>
      </Row>
    </div>
  );
}

function ScorecardCard({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const query = useQuery({
    queryKey: ['agencies', id, 'scorecard'],
    queryFn: () => api<Scorecard>(`/agencies/${id}/scorecard`),
  });
  return (
    <QueryView query={query}>
      {(s) => (
        <Card
          size="small"
          data-testid="scorecard"
          title={
            <span>
              {t('ag.scorecard')}: {s.agency.name}
            </span>
          }
        >
          <Typography.Title level={3} style={{ fontSize: 15 }}>
            {t('ag.tasks')} ({formatNumber(s.tasks.total, lang)})
          </Typography.Title>
          <Row gutter={[8, 8]}>
            {TASK_STATUSES.map((st) => (
              <Col xs={12} sm={6} key={st}>
                <Link
                  className="count-card small"
                  style={{ borderTopColor: TASK_STATUS_COLOUR[st] }}
                  to={listHref('/tasks', { agency: id, status: st })}
                >
                  <span className="count-value" style={{ color: TASK_STATUS_COLOUR[st] }}>
                    {formatNumber(s.tasks.byStatus[st] ?? 0, lang)}
                  </span>
                  <span className="count-label">{t(`status.${st}`)}</span>
                </Link>
              </Col>
            ))}
          </Row>
          <Space style={{ margin: '12px 0' }} wrap>
            <span>{t('dash.onTimeRate')}:</span>
            <Progress
              percent={s.tasks.onTimeRate == null ? 0 : Math.round(s.tasks.onTimeRate * 1000) / 10}
              format={() => formatRate(s.tasks.onTimeRate, lang)}
              style={{ width: 220 }}
              size="small"
            />
          </Space>
          <Typography.Title level={3} style={{ fontSize: 15 }}>
            {t('ag.indicators')}
          </Typography.Title>
          <Row gutter={[8, 8]}>
            {PROGRESS_STATUSES.map((st) => (
              <Col xs={12} sm={8} key={st}>
                <Link
                  className="count-card small"
                  style={{ borderTopColor: COLOUR_HEX[PROGRESS_COLOUR[st]] }}
                  to={listHref('/indicators', { agency: id, status: st })}
                >
                  <span className="count-value" style={{ color: COLOUR_HEX[PROGRESS_COLOUR[st]] }}>
                    {formatNumber(s.indicators.byStatus[st] ?? 0, lang)}
                  </span>
                  <span className="count-label">{t(`progress.${st}`)}</span>
                </Link>
              </Col>
            ))}
          </Row>
        </Card>
      )}
    </QueryView>
  );
}
