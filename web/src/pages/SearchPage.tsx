import { useQuery } from '@tanstack/react-query';
import { Card, Col, List, Row, Space, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { ApiError, api } from '../api/client.ts';
import type { Document, Indicator, Page, Task } from '../api/types.ts';
import { PageTitle } from '../components/common.tsx';
import { EmptyState, QueryView } from '../components/QueryState.tsx';
import { IllustrativeTag, ProgressTag, TaskStatusTag } from '../components/tags.tsx';
import { listHref } from '../components/url.ts';
import { formatNumber } from '../format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

interface Results {
  documents: Page<Document>;
  tasks: Page<Task>;
  indicators: Page<Indicator>;
}

const EMPTY = { items: [], total: 0 };

/** /api/search (issue 6) when the server has it; otherwise the three lists' own `q`. */
async function search(q: string): Promise<Results> {
  try {
    const r = await api<Partial<Results> & { items?: { type: string }[] }>('/search', { query: { q } });
    if (r.documents || r.tasks || r.indicators) {
      return { documents: r.documents ?? EMPTY, tasks: r.tasks ?? EMPTY, indicators: r.indicators ?? EMPTY };
    }
    if (Array.isArray(r.items)) {
      const of = <T,>(type: string) => {
        const items = r
          .items!.filter((i) => i.type === type)
          .map((i) => ('item' in i ? (i as { item: T }).item : (i as T)));
        return { items, total: items.length };
      };
      return {
        documents: of<Document>('document'),
        tasks: of<Task>('task'),
        indicators: of<Indicator>('indicator'),
      };
    }
  } catch (err) {
    if (!(err instanceof ApiError && (err.status === 404 || err.status === 405))) throw err;
  }
  const pageSize = 10;
  const [documents, tasks, indicators] = await Promise.all([
    api<Page<Document>>('/documents', { query: { q, pageSize } }),
    api<Page<Task>>('/tasks', { query: { q, pageSize } }),
    api<Page<Indicator>>('/indicators', { query: { q, pageSize } }),
  ]);
  return { documents, tasks, indicators };
}

export default function SearchPage() {
  const { t, lang } = useI18n();
  const [params] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  const query = useQuery({ queryKey: ['search', q], queryFn: () => search(q), enabled: q !== '' });
  if (!q)
    return (
      <div className="page">
        <EmptyState text={t('search.enter')} />
      </div>
    );
  const more = (path: string, total: number, shown: number) =>
    total > shown ? (
      <Link to={listHref(path, { q })}>
        {t('dash.viewAll')} ({formatNumber(total, lang)})
      </Link>
    ) : null;
  return (
    <div className="page" data-testid="search-results">
      <PageTitle title={t('search.title', { q })} />
      <QueryView query={query}>
        {(r) =>
          r.documents.total + r.tasks.total + r.indicators.total === 0 ? (
            <EmptyState text={t('search.none')} />
          ) : (
            <Row gutter={[16, 16]}>
              <Col xs={24} xl={8}>
                <Card
                  size="small"
                  title={`${t('nav.documents')} (${formatNumber(r.documents.total, lang)})`}
                  extra={more('/documents', r.documents.total, r.documents.items.length)}
                >
                  <List
                    dataSource={r.documents.items}
                    locale={{ emptyText: <EmptyState /> }}
                    renderItem={(d) => (
                      <List.Item>
                        <Space direction="vertical" size={0}>
                          <Link to={`/documents/${d.id}`}>{d.symbol || d.title}</Link>
                          {d.symbol && <Typography.Text type="secondary">{d.title}</Typography.Text>}
                          <IllustrativeTag show={d.illustrative} />
                        </Space>
                      </List.Item>
                    )}
                  />
                </Card>
              </Col>
              <Col xs={24} xl={8}>
                <Card
                  size="small"
                  title={`${t('nav.tasks')} (${formatNumber(r.tasks.total, lang)})`}
                  extra={more('/tasks', r.tasks.total, r.tasks.items.length)}
                >
                  <List
                    dataSource={r.tasks.items}
                    locale={{ emptyText: <EmptyState /> }}
                    renderItem={(task) => (
                      <List.Item>
                        <Space direction="vertical" size={2}>
                          <Link to={`/tasks/${task.id}`} className="clamp-2">
                            {task.text}
                          </Link>
                          <span>
                            <TaskStatusTag status={task.status} />
                            <IllustrativeTag show={task.illustrative} />
                          </span>
                        </Space>
                      </List.Item>
                    )}
                  />
                </Card>
              </Col>
              <Col xs={24} xl={8}>
                <Card
                  size="small"
                  title={`${t('nav.indicators')} (${formatNumber(r.indicators.total, lang)})`}
                  extra={more('/indicators', r.indicators.total, r.indicators.items.length)}
                >
                  <List
                    dataSource={r.indicators.items}
                    locale={{ emptyText: <EmptyState /> }}
                    renderItem={(i) => (
                      <List.Item>
                        <Space direction="vertical" size={2}>
                          <Link to={`/indicators/${i.id}`}>{i.name}</Link>
                          <span>
                            {i.progress && (
                              <ProgressTag status={i.progress.status} colour={i.progress.colour} />
                            )}
                            <IllustrativeTag show={i.illustrative} />
                          </span>
                        </Space>
                      </List.Item>
                    )}
                  />
                </Card>
              </Col>
            </Row>
          )
        }
      </QueryView>
    </div>
  );
}
