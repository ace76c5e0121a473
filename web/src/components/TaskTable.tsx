import { Progress, Table, type TableProps } from 'antd';
import { Link } from 'react-router';
import type { Task } from '../api/types.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { AgencyLink, DocumentLinkText, useDeadlineText } from './common.tsx';
import { EmptyState } from './QueryState.tsx';
import { IllustrativeTag, TaskStatusTag } from './tags.tsx';

/** Tasks as a table: the list page (server-paginated) and a document's tasks share it. */
export function TaskTable({
  tasks,
  showDocument = true,
  emptyText,
  ...rest
}: { tasks: Task[]; showDocument?: boolean; emptyText?: string } & Omit<
  TableProps<Task>,
  'columns' | 'dataSource'
>) {
  const { t } = useI18n();
  const deadlineText = useDeadlineText();
  return (
    <Table<Task>
      rowKey="id"
      size="middle"
      dataSource={tasks}
      scroll={{ x: 960 }}
      locale={{ emptyText: <EmptyState text={emptyText} /> }}
      columns={[
        {
          title: t('field.task'),
          dataIndex: 'text',
          render: (_v, task) => (
            <>
              <Link to={`/tasks/${task.id}`} className="clamp-2">
                {task.text}
              </Link>
              <IllustrativeTag show={task.illustrative} />
            </>
          ),
        },
        ...(showDocument
          ? [
              {
                title: t('field.document'),
                width: 130,
                render: (_v: unknown, task: Task) => <DocumentLinkText doc={task.document} />,
              },
            ]
          : []),
        {
          title: t('field.leadAgency'),
          width: 170,
          render: (_v, task) => <AgencyLink agency={task.leadAgency} />,
        },
        { title: t('field.deadline'), width: 130, render: (_v, task) => deadlineText(task.deadline) },
        {
          title: t('field.progress'),
          width: 120,
          render: (_v, task) => (
            <Progress
              percent={task.progress}
              size="small"
              status={task.status === 'overdue' ? 'exception' : undefined}
            />
          ),
        },
        {
          title: t('field.status'),
          width: 190,
          render: (_v, task) => (
            <span data-testid={`task-status-${task.id}`}>
              <TaskStatusTag status={task.status} />
              {task.status === 'overdue' && task.daysLate ? (
                <span className="late-days">{t('common.days', { n: task.daysLate })}</span>
              ) : null}
            </span>
          ),
        },
      ]}
      {...rest}
    />
  );
}
