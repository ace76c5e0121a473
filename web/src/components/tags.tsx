import { Tag, Tooltip } from 'antd';
import type { Colour, DocumentStatus, ProgressStatus, TaskStatus } from '../api/types.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

export const TASK_STATUS_COLOUR: Record<TaskStatus, string> = {
  overdue: '#cf1322',
  in_progress: '#1677ff',
  done_late: '#d46b08',
  done_on_time: '#389e0d',
};

/** Red at risk, orange, green, grey not yet assessable (Ho Chi Minh City's scheme). */
export const COLOUR_HEX: Record<Colour, string> = {
  red: '#cf1322',
  orange: '#d46b08',
  green: '#389e0d',
  grey: '#8c8c8c',
};

export const PROGRESS_COLOUR: Record<ProgressStatus, Colour> = {
  achieved: 'green',
  on_track: 'green',
  moderate: 'orange',
  limited: 'red',
  deterioration: 'red',
  not_assessable: 'grey',
};

const TAG_COLOUR: Record<Colour, string> = {
  red: 'error',
  orange: 'warning',
  green: 'success',
  grey: 'default',
};

export function TaskStatusTag({ status }: { status: TaskStatus }) {
  const { tc } = useI18n();
  const colour = {
    overdue: 'error',
    in_progress: 'processing',
    done_late: 'warning',
    done_on_time: 'success',
  }[status];
  return (
    <Tag color={colour} data-status={status}>
      {tc('status', status)}
    </Tag>
  );
}

export function ProgressTag({ status, colour }: { status: ProgressStatus; colour?: Colour }) {
  const { tc } = useI18n();
  const c = colour ?? PROGRESS_COLOUR[status];
  return (
    <Tag color={TAG_COLOUR[c]} data-status={status}>
      {tc('progress', status)}
    </Tag>
  );
}

export function DocumentStatusTag({ status }: { status: DocumentStatus }) {
  const { tc } = useI18n();
  const colour = { in_force: 'green', draft: 'default', replaced: 'orange', expired: 'default' }[status];
  return <Tag color={colour}>{tc('docStatus', status)}</Tag>;
}

/** Records not stated in the seed articles carry this, everywhere they show. */
export function IllustrativeTag({ show = true }: { show?: boolean }) {
  const { t } = useI18n();
  if (!show) return null;
  return (
    <Tooltip title={t('common.illustrativeHint')}>
      <Tag color="purple" className="illustrative-tag" data-illustrative="true">
        {t('common.illustrative')}
      </Tag>
    </Tooltip>
  );
}
