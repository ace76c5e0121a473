import { useQuery } from '@tanstack/react-query';
import { Card, Col, DatePicker, Progress, Row, Space, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { lazy, Suspense, startTransition, useEffect, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { DASHBOARD_FILTERS, dashboardQuery } from '../api/queries.ts';
import {
  type Dashboard,
  PROGRESS_STATUSES,
  TASK_STATUSES,
  type Task,
  type TaskStatus,
} from '../api/types.ts';
import type { ChartOption } from '../charts/EChart.tsx';
import {
  AgencyLink,
  AgencySelect,
  DocumentSelect,
  PageTitle,
  useDeadlineText,
} from '../components/common.tsx';
import { FilterBar } from '../components/ListPage.tsx';
import { EmptyState, Loading, QueryView } from '../components/QueryState.tsx';
import { COLOUR_HEX, IllustrativeTag, PROGRESS_COLOUR, TASK_STATUS_COLOUR } from '../components/tags.tsx';
import { listHref, useUrlFilters } from '../components/url.ts';
import { formatDate, formatNumber, formatRate, toIsoDate } from '../format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

// Start fetching the chart code with the page, alongside the dashboard's data, not after it.
const chartModule = import('../charts/EChart.tsx');
const EChart = lazy(() => chartModule);
const FILTERS = DASHBOARD_FILTERS;
const MAX_AGENCY_BARS = 15;

export default function DashboardPage() {
  const { t } = useI18n();
  const { values, set, clear, active } = useUrlFilters(FILTERS);
  const query = useQuery(dashboardQuery(values));
  // The task list behind any number of this page keeps the page's filters.
  const taskFilters = {
    document: values.document,
    agency: values.agency,
    dueFrom: values.from,
    dueTo: values.to,
  };

  return (
    <div className="page" data-testid="dashboard">
      <PageTitle
        title={t('dash.title')}
        sub={query.data ? t('dash.asOf', { date: formatDate(query.data.today) }) : undefined}
      />
      <FilterBar active={active} onClear={clear}>
        <DocumentSelect
          placeholder={t('dash.filter.document')}
          value={values.document}
          onChange={(v) => set({ document: v })}
          style={{ width: 280 }}
        />
        <AgencySelect
          placeholder={t('dash.filter.agency')}
          value={values.agency}
          onChange={(v) => set({ agency: v })}
          style={{ width: 240 }}
        />
        <DatePicker.RangePicker
          aria-label={t('dash.filter.period')}
          placeholder={[t('common.from'), t('common.to')]}
          format="DD/MM/YYYY"
          allowEmpty={[true, true]}
          value={[values.from ? dayjs(values.from) : null, values.to ? dayjs(values.to) : null]}
          onChange={(range) => {
            const [from, to] = (range ?? [null, null]) as [Dayjs | null, Dayjs | null];
            set({ from: from ? toIsoDate(from) : '', to: to ? toIsoDate(to) : '' });
          }}
        />
      </FilterBar>
      <QueryView query={query} rows={8}>
        {(d) => <DashboardBody d={d} taskFilters={taskFilters} />}
      </QueryView>
    </div>
  );
}

type TaskFilters = Record<string, string>;

/**
 * False for the first render, true right after it, in a transition React may interrupt: the counts and
 * the chart come on screen first, the tables and lists below them in the next frames.
 */
function useAfterFirstRender(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => startTransition(() => setReady(true)), []);
  return ready;
}

function DashboardBody({ d, taskFilters }: { d: Dashboard; taskFilters: TaskFilters }) {
  const { t, lang } = useI18n();
  const rest = useAfterFirstRender();
  const byDocument = useMemo(
    () => [...d.tasks.byDocument].sort((a, b) => b.overdue - a.overdue || b.total - a.total),
    [d],
  );
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Row gutter={[12, 12]}>
        <Col xs={12} sm={8} lg={4}>
          <CountCard
            label={t('dash.totalTasks')}
            value={d.tasks.total}
            href={listHref('/tasks', taskFilters)}
            colour="#1d4e89"
            testId="count-total"
          />
        </Col>
        {TASK_STATUSES.map((s) => (
          <Col xs={12} sm={8} lg={5} key={s}>
            <CountCard
              label={t(`status.${s}`)}
              value={d.tasks.byStatus[s] ?? 0}
              href={listHref('/tasks', { ...taskFilters, status: s })}
              colour={TASK_STATUS_COLOUR[s]}
              testId={`count-${s}`}
            />
          </Col>
        ))}
      </Row>

      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card title={t('dash.byAgency')} size="small">
            <AgencyBars d={d} taskFilters={taskFilters} />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title={t('dash.targets')} size="small">
            <Row gutter={[8, 8]}>
              {PROGRESS_STATUSES.map((s) => (
                <Col xs={12} sm={8} key={s}>
                  <CountCard
                    small
                    label={t(`progress.${s}`)}
                    value={d.targets.byStatus[s] ?? 0}
                    href={listHref('/indicators', { status: s, agency: taskFilters.agency })}
                    colour={COLOUR_HEX[PROGRESS_COLOUR[s]]}
                    testId={`target-${s}`}
                  />
                </Col>
              ))}
            </Row>
          </Card>
          <Card title={t('dash.ranking')} size="small" style={{ marginTop: 16 }}>
            {!rest ? (
              <Loading rows={4} />
            ) : (
              <Table
                size="small"
                rowKey={(r) => r.agency.id}
                pagination={false}
                dataSource={d.agencyRanking.slice(0, 10)}
                locale={{ emptyText: <EmptyState /> }}
                columns={[
                  { title: '#', width: 36, render: (_v, _r, i) => i + 1 },
                  { title: t('field.agency'), render: (_v, r) => <AgencyLink agency={r.agency} /> },
                  {
                    title: t('dash.onTimeRate'),
                    width: 150,
                    render: (_v, r) => (
                      <Progress
                        percent={r.onTimeRate == null ? 0 : Math.round(r.onTimeRate * 1000) / 10}
                        size="small"
                        format={() => formatRate(r.onTimeRate, lang)}
                        strokeColor={r.onTimeRate != null && r.onTimeRate < 0.6 ? '#cf1322' : '#389e0d'}
                      />
                    ),
                  },
                  {
                    title: t('dash.done'),
                    width: 80,
                    align: 'right',
                    render: (_v, r) => (
                      <Link to={listHref('/tasks', { ...taskFilters, agency: r.agency.id })}>
                        {formatNumber(r.done, lang)}/{formatNumber(r.total, lang)}
                      </Link>
                    ),
                  },
                ]}
              />
            )}
          </Card>
        </Col>
      </Row>

      {rest && (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12}>
            <Card
              title={t('dash.overdue')}
              size="small"
              extra={
                <Link to={listHref('/tasks', { ...taskFilters, status: 'overdue' })}>
                  {t('dash.viewAll')}
                </Link>
              }
            >
              <TaskList
                tasks={d.overdue}
                today={d.today}
                mode="overdue"
                empty={t('dash.noOverdue')}
                testId="overdue-list"
              />
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            <Card
              title={t('dash.upcoming')}
              size="small"
              extra={
                <Link
                  to={listHref('/tasks', {
                    ...taskFilters,
                    status: 'in_progress',
                    dueFrom: d.today,
                    dueTo: dayjs(d.today).add(30, 'day').format('YYYY-MM-DD'),
                  })}
                >
                  {t('dash.viewAll')}
                </Link>
              }
            >
              <TaskList
                tasks={d.upcoming}
                today={d.today}
                mode="upcoming"
                empty={t('dash.noUpcoming')}
                testId="upcoming-list"
              />
            </Card>
          </Col>
        </Row>
      )}

      {rest && d.tasks.byDocument.length > 0 && (
        <Card title={t('dash.byDocument')} size="small">
          <Table
            size="small"
            rowKey={(r) => r.document.id}
            // Hundreds of documents at scale: ten at a time, most overdue first.
            pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false, size: 'small' }}
            scroll={{ x: 860 }}
            dataSource={byDocument}
            columns={[
              {
                title: t('field.document'),
                width: 260,
                render: (_v, r) => (
                  <Link to={`/documents/${r.document.id}`} title={r.document.title}>
                    {r.document.symbol || r.document.title}
                  </Link>
                ),
              },
              ...TASK_STATUSES.map((s) => ({
                title: t(`status.${s}`),
                align: 'right' as const,
                width: 120,
                render: (_v: unknown, r: Dashboard['tasks']['byDocument'][number]) => (
                  <Link to={listHref('/tasks', { ...taskFilters, document: r.document.id, status: s })}>
                    {formatNumber(r[s] ?? 0, lang)}
                  </Link>
                ),
              })),
              {
                title: t('dash.totalTasks'),
                align: 'right' as const,
                width: 110,
                render: (_v, r) => (
                  <Link to={listHref('/tasks', { ...taskFilters, document: r.document.id })}>
                    {formatNumber(r.total, lang)}
                  </Link>
                ),
              },
            ]}
          />
        </Card>
      )}
    </Space>
  );
}

function CountCard({
  label,
  value,
  href,
  colour,
  testId,
  small,
}: {
  label: string;
  value: number;
  href: string;
  colour: string;
  testId: string;
  small?: boolean;
}) {
  const { lang } = useI18n();
  return (
    <Link
      to={href}
      className={`count-card${small ? ' small' : ''}`}
      style={{ borderTopColor: colour }}
      data-testid={testId}
    >
      <span className="count-value" style={{ color: colour }}>
        {formatNumber(value, lang)}
      </span>
      <span className="count-label">{label}</span>
    </Link>
  );
}

function AgencyBars({ d, taskFilters }: { d: Dashboard; taskFilters: TaskFilters }) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const rows = useMemo(
    () =>
      [...d.tasks.byAgency]
        .sort((a, b) => b.overdue - a.overdue || b.total - a.total)
        .slice(0, MAX_AGENCY_BARS)
        .reverse(),
    [d],
  );
  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      legend: { top: 0, type: 'scroll' },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        valueFormatter: (v) => formatNumber(Number(v), lang),
      },
      xAxis: {
        type: 'value',
        minInterval: 1,
        axisLabel: { formatter: (v: number) => formatNumber(v, lang) },
      },
      yAxis: {
        type: 'category',
        data: rows.map((r) => r.agency.shortName || r.agency.name),
        axisLabel: { width: 140, overflow: 'truncate' },
      },
      series: (['done_on_time', 'done_late', 'in_progress', 'overdue'] as TaskStatus[]).map((s) => ({
        id: s,
        name: t(`status.${s}`),
        type: 'bar',
        stack: 'tasks',
        barMaxWidth: 22,
        itemStyle: { color: TASK_STATUS_COLOUR[s] },
        emphasis: { focus: 'series' },
        data: rows.map((r) => r[s] ?? 0),
      })),
    }),
    [rows, t, lang],
  );
  if (!rows.length) return <EmptyState />;
  return (
    <>
      <Suspense fallback={<Loading />}>
        <EChart
          testId="agency-chart"
          label={t('dash.byAgency')}
          option={option}
          height={Math.max(220, 60 + rows.length * 30)}
          onClick={(p) => {
            const row = rows[p.dataIndex];
            if (row)
              navigate(listHref('/tasks', { ...taskFilters, agency: row.agency.id, status: p.seriesId }));
          }}
        />
      </Suspense>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('dash.chartHint')}
      </Typography.Text>
    </>
  );
}

function TaskList({
  tasks,
  today,
  mode,
  empty,
  testId,
}: {
  tasks: Task[];
  today: string;
  mode: 'overdue' | 'upcoming';
  empty: string;
  testId: string;
}) {
  const { t } = useI18n();
  const deadlineText = useDeadlineText();
  if (!tasks.length) return <EmptyState text={empty} />;
  return (
    <ol className="task-list" data-testid={testId}>
      {tasks.map((task) => {
        const days =
          mode === 'overdue'
            ? (task.daysLate ?? 0)
            : task.deadline.dueOn
              ? dayjs(task.deadline.dueOn).diff(dayjs(today), 'day')
              : null;
        return (
          <li key={task.id}>
            <Link to={`/tasks/${task.id}`} className="task-list-text">
              {task.text}
            </Link>
            <div className="task-list-meta">
              <AgencyLink agency={task.leadAgency} />
              <span>{deadlineText(task.deadline)}</span>
              {days != null && (
                <span className={mode === 'overdue' ? 'late' : 'soon'}>
                  {mode === 'overdue'
                    ? t('dash.lateBy', { n: days })
                    : days === 0
                      ? t('dash.dueToday')
                      : t('dash.dueIn', { n: days })}
                </span>
              )}
              <IllustrativeTag show={task.illustrative} />
            </div>
          </li>
        );
      })}
    </ol>
  );
}
