import { useQuery } from '@tanstack/react-query';
import { Badge, Checkbox, Col, DatePicker, Row, Segmented } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { Link } from 'react-router';
import { api } from '../api/client.ts';
import { type Page, TASK_STATUSES, type Task, type TaskStatus } from '../api/types.ts';
import { useUser } from '../auth.ts';
import {
  AgencyLink,
  AgencySelect,
  DocumentSelect,
  PageTitle,
  useDeadlineText,
} from '../components/common.tsx';
import { FilterBar, SearchFilter, SelectFilter, useServerList } from '../components/ListPage.tsx';
import { EmptyState, Loading, QueryError } from '../components/QueryState.tsx';
import { TaskTable } from '../components/TaskTable.tsx';
import { IllustrativeTag, TASK_STATUS_COLOUR } from '../components/tags.tsx';
import { listHref, type UrlFilters, useUrlFilters } from '../components/url.ts';
import { formatNumber, toIsoDate } from '../format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

const FILTERS = ['q', 'agency', 'status', 'document', 'dueFrom', 'dueTo'] as const;
const BOARD_SIZE = 20;

export default function TasksPage() {
  const { t, tc } = useI18n();
  const user = useUser();
  const filters = useUrlFilters(FILTERS);
  const { values, set, clear, active, params } = filters;
  const view = params.get('view') === 'board' ? 'board' : 'table';

  return (
    <div className="page">
      <PageTitle
        title={t('tasks.title')}
        extra={
          <Segmented
            aria-label={t('tasks.view.table')}
            value={view}
            onChange={(v) => set({ view: v === 'board' ? 'board' : null, page: null })}
            options={[
              { value: 'table', label: t('tasks.view.table') },
              { value: 'board', label: t('tasks.view.board') },
            ]}
          />
        }
      />
      <FilterBar active={active} onClear={clear}>
        <SearchFilter
          label={t('tasks.search')}
          value={values.q}
          onSearch={(q) => set({ q })}
          style={{ width: 260 }}
        />
        <AgencySelect
          placeholder={t('field.leadAgency')}
          value={values.agency}
          onChange={(v) => set({ agency: v })}
          style={{ width: 220 }}
        />
        {view === 'table' && (
          <SelectFilter
            label={t('field.status')}
            value={values.status}
            onChange={(status) => set({ status })}
            options={TASK_STATUSES.map((s) => ({ value: s, label: tc('status', s) }))}
            style={{ width: 210 }}
          />
        )}
        <DocumentSelect
          placeholder={t('field.document')}
          value={values.document}
          onChange={(v) => set({ document: v })}
          style={{ width: 240 }}
        />
        <DatePicker.RangePicker
          aria-label={t('tasks.filter.due')}
          placeholder={[t('common.from'), t('common.to')]}
          format="DD/MM/YYYY"
          allowEmpty={[true, true]}
          value={[values.dueFrom ? dayjs(values.dueFrom) : null, values.dueTo ? dayjs(values.dueTo) : null]}
          onChange={(range) => {
            const [from, to] = (range ?? [null, null]) as [Dayjs | null, Dayjs | null];
            set({ dueFrom: from ? toIsoDate(from) : '', dueTo: to ? toIsoDate(to) : '' });
          }}
        />
        {user.agency && (
          <Checkbox
            checked={values.agency === String(user.agency.id)}
            onChange={(e) => set({ agency: e.target.checked ? String(user.agency!.id) : '' })}
            data-testid="my-agency"
          >
            {t('tasks.myAgency')}
          </Checkbox>
        )}
      </FilterBar>
      {view === 'table' ? <TasksTable filters={filters} /> : <TasksBoard values={values} />}
    </div>
  );
}

function TasksTable({ filters }: { filters: UrlFilters<(typeof FILTERS)[number]> }) {
  const list = useServerList<Task, (typeof FILTERS)[number]>('tasks', '/tasks', filters);
  if (list.query.isError)
    return <QueryError error={list.query.error} onRetry={() => void list.query.refetch()} />;
  return (
    <TaskTable
      data-testid="tasks-table"
      tasks={list.items}
      loading={list.loading}
      emptyText={list.loadingFirst ? ' ' : undefined}
      pagination={list.pagination}
    />
  );
}

/** Four columns by status; each asks the server for its own first page, most urgent first. */
function TasksBoard({ values }: { values: Record<string, string> }) {
  return (
    <Row gutter={[12, 12]} data-testid="tasks-board">
      {TASK_STATUSES.map((s) => (
        <Col xs={24} md={12} xl={6} key={s}>
          <BoardColumn status={s} values={values} />
        </Col>
      ))}
    </Row>
  );
}

function BoardColumn({ status, values }: { status: TaskStatus; values: Record<string, string> }) {
  const { t, lang } = useI18n();
  const deadlineText = useDeadlineText();
  const filters = { ...values, status };
  const query = useQuery({
    queryKey: ['tasks', 'list', filters, 1, BOARD_SIZE],
    queryFn: () => api<Page<Task>>('/tasks', { query: { ...filters, page: 1, pageSize: BOARD_SIZE } }),
  });
  const total = query.data?.total ?? 0;
  return (
    <section
      className="board-col"
      style={{ borderTopColor: TASK_STATUS_COLOUR[status] }}
      aria-label={t(`status.${status}`)}
    >
      <header className="board-col-head">
        <span>{t(`status.${status}`)}</span>
        <Badge
          count={formatNumber(total, lang)}
          color={TASK_STATUS_COLOUR[status]}
          showZero
          overflowCount={Number.MAX_SAFE_INTEGER}
        />
      </header>
      {query.isPending ? (
        <Loading rows={3} />
      ) : query.isError ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <EmptyState />
      ) : (
        <ul className="board-cards">
          {query.data.items.map((task) => (
            <li key={task.id} className="board-card">
              <Link to={`/tasks/${task.id}`} className="clamp-3">
                {task.text}
              </Link>
              <div className="task-list-meta">
                <AgencyLink agency={task.leadAgency} />
                <span>{deadlineText(task.deadline)}</span>
                {status === 'overdue' && task.daysLate ? (
                  <span className="late">{t('dash.lateBy', { n: task.daysLate })}</span>
                ) : null}
                <IllustrativeTag show={task.illustrative} />
              </div>
            </li>
          ))}
        </ul>
      )}
      {total > BOARD_SIZE && (
        <Link to={listHref('/tasks', filters)} className="board-more">
          {t('tasks.more', { n: formatNumber(total - BOARD_SIZE, lang) })}
        </Link>
      )}
    </section>
  );
}
