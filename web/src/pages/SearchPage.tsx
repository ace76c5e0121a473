import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, List, Pagination, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { ApiError, api } from '../api/client.ts';
import type { Document, Indicator, Page, Task } from '../api/types.ts';
import { PageTitle } from '../components/common.tsx';
import { useKindLabel } from '../components/docKinds.ts';
import { EmptyState, QueryView } from '../components/QueryState.tsx';
import { useUrlFilters } from '../components/url.ts';
import { formatDate, formatNumber } from '../format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { MessageKey } from '../i18n/messages.ts';
import { markedPieces } from '../marked.ts';

const TYPES = ['document', 'task', 'indicator', 'agency', 'source', 'person'] as const;
type SearchType = (typeof TYPES)[number];
const PAGE_SIZE = 20;

interface SearchItem {
  type: SearchType;
  id: number;
  title: string;
  titleHtml: string;
  snippet: string;
  symbol: string | null;
  kind: string | null;
  status: string | null;
  date: string | null;
  match: 'text' | 'symbol' | 'name';
}

interface SearchResult {
  items: SearchItem[];
  total: number;
  totalExact: boolean;
  facets: { type: Record<string, number> };
}

/** Before /api/search existed (issue 6): the three lists' own `q`, shaped like its answer. */
async function fallback(q: string): Promise<SearchResult> {
  const pageSize = 10;
  const [documents, tasks, indicators] = await Promise.all([
    api<Page<Document>>('/documents', { query: { q, pageSize } }),
    api<Page<Task>>('/tasks', { query: { q, pageSize } }),
    api<Page<Indicator>>('/indicators', { query: { q, pageSize } }),
  ]);
  const base = { snippet: '', kind: null, status: null, date: null, symbol: null, match: 'text' as const };
  const items: SearchItem[] = [
    ...documents.items.map((d) => ({
      ...base,
      type: 'document' as const,
      id: d.id,
      title: d.title,
      titleHtml: d.title,
      symbol: d.symbol,
      kind: d.kind,
      date: d.issuedOn,
    })),
    ...tasks.items.map((t) => ({
      ...base,
      type: 'task' as const,
      id: t.id,
      title: t.text,
      titleHtml: t.text,
    })),
    ...indicators.items.map((i) => ({
      ...base,
      type: 'indicator' as const,
      id: i.id,
      title: i.name,
      titleHtml: i.name,
    })),
  ];
  return {
    items,
    total: documents.total + tasks.total + indicators.total,
    totalExact: true,
    facets: { type: { document: documents.total, task: tasks.total, indicator: indicators.total } },
  };
}

async function search(q: string, type: string, page: number): Promise<SearchResult> {
  try {
    return await api<SearchResult>('/search', { query: { q, type, page, pageSize: PAGE_SIZE } });
  } catch (err) {
    if (err instanceof ApiError && (err.status === 404 || err.status === 405)) return fallback(q);
    throw err;
  }
}

function hrefOf(item: SearchItem): string | null {
  switch (item.type) {
    case 'document':
      return `/documents/${item.id}`;
    case 'task':
      return `/tasks/${item.id}`;
    case 'indicator':
      return `/indicators/${item.id}`;
    case 'agency':
      return `/agencies/${item.id}`;
    default:
      return null;
  }
}

function Marked({ html }: { html: string }) {
  return (
    <>
      {markedPieces(html).map((p) =>
        p.marked ? (
          <mark key={p.at} className="search-hit">
            {p.text}
          </mark>
        ) : (
          <span key={p.at}>{p.text}</span>
        ),
      )}
    </>
  );
}

export default function SearchPage() {
  const { t, lang } = useI18n();
  const kindLabel = useKindLabel();
  const { values, page, set } = useUrlFilters(['q', 'type'] as const);
  const q = values.q.trim();
  const query = useQuery({
    queryKey: ['search', q, values.type, page],
    queryFn: () => search(q, values.type, page),
    enabled: q !== '',
    placeholderData: keepPreviousData,
  });
  if (!q)
    return (
      <div className="page">
        <EmptyState text={t('search.enter')} />
      </div>
    );
  return (
    <div className="page" data-testid="search-results">
      <PageTitle title={t('search.title', { q })} />
      <QueryView query={query}>
        {(r) => (
          <Card size="small">
            <Space wrap style={{ marginBottom: 12 }}>
              <Tag.CheckableTag checked={!values.type} onChange={() => set({ type: null })}>
                {t('common.all')}
              </Tag.CheckableTag>
              {TYPES.filter((ty) => (r.facets.type[ty] ?? 0) > 0 || values.type === ty).map((ty) => (
                <Tag.CheckableTag key={ty} checked={values.type === ty} onChange={() => set({ type: ty })}>
                  {t(`searchType.${ty}` as MessageKey)} ({formatNumber(r.facets.type[ty] ?? 0, lang)})
                </Tag.CheckableTag>
              ))}
              <Typography.Text type="secondary">
                {r.totalExact
                  ? t('search.total', { n: formatNumber(r.total, lang) })
                  : t('search.totalAtLeast', { n: formatNumber(r.total, lang) })}
              </Typography.Text>
            </Space>
            <List
              dataSource={r.items}
              locale={{ emptyText: <EmptyState text={t('search.none')} /> }}
              renderItem={(item) => {
                const href = hrefOf(item);
                const title = <Marked html={item.titleHtml} />;
                return (
                  <List.Item>
                    <Space direction="vertical" size={2} style={{ width: '100%' }}>
                      <Space wrap size={6}>
                        <Tag>{t(`searchType.${item.type}` as MessageKey)}</Tag>
                        {item.symbol && <strong>{item.symbol}</strong>}
                        {href ? <Link to={href}>{title}</Link> : <span>{title}</span>}
                      </Space>
                      {item.snippet && (
                        <Typography.Text type="secondary" className="search-snippet">
                          <Marked html={item.snippet} />
                        </Typography.Text>
                      )}
                      <Space size={12} className="task-list-meta">
                        {item.kind && <span>{kindLabel(item.kind)}</span>}
                        {item.date && <span>{formatDate(item.date)}</span>}
                        {item.match !== 'text' && (
                          <span>{t(`search.match.${item.match}` as MessageKey)}</span>
                        )}
                      </Space>
                    </Space>
                  </List.Item>
                );
              }}
            />
            {r.total > PAGE_SIZE && (
              <Pagination
                style={{ marginTop: 12 }}
                current={page}
                pageSize={PAGE_SIZE}
                total={Math.min(r.total, PAGE_SIZE * 50)}
                showSizeChanger={false}
                onChange={(p) => set({ page: p === 1 ? null : p })}
              />
            )}
          </Card>
        )}
      </QueryView>
    </div>
  );
}
