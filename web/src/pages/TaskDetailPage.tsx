import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Descriptions,
  Form,
  Input,
  Progress,
  Row,
  Slider,
  Space,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import type { FormInstance } from 'antd/es/form';
import dayjs, { type Dayjs } from 'dayjs';
import { useParams } from 'react-router';
import { ApiError, api, errorText } from '../api/client.ts';
import type { Explanation, TaskDetail, User } from '../api/types.ts';
import { useUser } from '../auth.ts';
import {
  AgencyLink,
  DocumentLinkText,
  EvidenceList,
  PageTitle,
  useDeadlineText,
} from '../components/common.tsx';
import { EmptyState, QueryView } from '../components/QueryState.tsx';
import { SourcePassageLink } from '../components/SourcePassageLink.tsx';
import { IllustrativeTag, TaskStatusTag } from '../components/tags.tsx';
import { formatDate, formatDateTime, toIsoDate } from '../format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

export default function TaskDetailPage() {
  const { id } = useParams();
  const query = useQuery({
    queryKey: ['tasks', id, 'detail'],
    queryFn: () => api<TaskDetail>(`/tasks/${id}`),
  });
  return (
    <div className="page">
      <QueryView query={query} rows={10}>
        {(task) => <TaskView task={task} />}
      </QueryView>
    </div>
  );
}

function useInvalidateTask() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['tasks'] }),
      queryClient.invalidateQueries({ queryKey: ['dashboard'] }),
      queryClient.invalidateQueries({ queryKey: ['documents'] }),
    ]);
}

function personName(p: Explanation['requestedBy']): string {
  if (!p) return '';
  return typeof p === 'string' ? p : p.name;
}

function canAnswer(user: User, task: TaskDetail): boolean {
  return (
    user.role === 'admin' || user.role === 'coordinator' || (user.role === 'agency_editor' && task.canEdit)
  );
}

function TaskView({ task }: { task: TaskDetail }) {
  const { t } = useI18n();
  const user = useUser();
  const deadlineText = useDeadlineText();
  const updates = [...task.updates].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const mayRequest = user.role === 'admin' || user.role === 'coordinator';
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="task-detail">
      <PageTitle
        title={t('field.task')}
        extra={
          <Space>
            <span data-testid="task-status">
              <TaskStatusTag status={task.status} />
            </span>
            <IllustrativeTag show={task.illustrative} />
            <SourcePassageLink sourceId={task.sourceId} span={task.sourceSpan} />
          </Space>
        }
      />
      <Card size="small">
        <Typography.Paragraph className="task-text">{task.text}</Typography.Paragraph>
        <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
          <Descriptions.Item label={t('field.document')}>
            <DocumentLinkText doc={task.document} />
          </Descriptions.Item>
          <Descriptions.Item label={t('field.leadAgency')}>
            <AgencyLink agency={task.leadAgency} />
          </Descriptions.Item>
          <Descriptions.Item label={t('field.partners')}>
            {task.partners.length ? (
              <Space wrap size={4}>
                {task.partners.map((p) => (
                  <AgencyLink key={p.id} agency={p} />
                ))}
              </Space>
            ) : (
              '—'
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('field.deadline')}>{deadlineText(task.deadline)}</Descriptions.Item>
          <Descriptions.Item label={t('field.progress')}>
            <Progress percent={task.progress} size="small" style={{ maxWidth: 220 }} />
          </Descriptions.Item>
          <Descriptions.Item label={t('field.status')}>
            <TaskStatusTag status={task.status} />
            {task.daysLate ? t('dash.lateBy', { n: task.daysLate }) : ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('field.completedOn')}>{formatDate(task.completedOn)}</Descriptions.Item>
          <Descriptions.Item label={t('field.directedBy')}>{task.directedBy || '—'}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card title={t('task.updates')} size="small">
            {updates.length === 0 ? (
              <EmptyState text={t('task.noUpdates')} />
            ) : (
              <Timeline
                data-testid="task-updates"
                items={updates.map((u) => ({
                  key: u.id,
                  color: u.completedOn ? 'green' : 'blue',
                  content: (
                    <div className="update">
                      <div className="update-head">
                        <strong>{formatDateTime(u.createdAt)}</strong>
                        {u.user && <span className="muted"> {t('task.by', { name: u.user.name })}</span>}
                        {u.progress != null && <Tag style={{ marginLeft: 8 }}>{u.progress}%</Tag>}
                        {u.completedOn && (
                          <Tag color="success">
                            {t('task.markedDone', { date: formatDate(u.completedOn) })}
                          </Tag>
                        )}
                        <IllustrativeTag show={u.illustrative} />
                      </div>
                      <div className="update-note">{u.note}</div>
                      {u.evidence.length > 0 && (
                        <div className="update-evidence">
                          <span className="muted">{t('task.evidence')}: </span>
                          <EvidenceList items={u.evidence} />
                        </div>
                      )}
                    </div>
                  ),
                }))}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          {task.canEdit ? (
            <UpdateForm key={`${task.updates.length}-${task.progress}`} task={task} />
          ) : (
            <Alert type="info" showIcon title={t('task.readOnly')} data-testid="task-readonly" />
          )}
        </Col>
      </Row>
      <Card title={t('task.explanations')} size="small" data-testid="task-explanations">
        {task.explanations.length === 0 ? (
          <EmptyState text={t('task.noExplanations')} />
        ) : (
          <Space direction="vertical" style={{ width: '100%' }}>
            {task.explanations.map((e) => (
              <ExplanationItem key={e.id} e={e} task={task} mayAnswer={canAnswer(user, task)} />
            ))}
          </Space>
        )}
        {mayRequest && <RequestForm task={task} />}
      </Card>
    </Space>
  );
}

interface UpdateValues {
  note: string;
  progress: number;
  done: boolean;
  completedOn: Dayjs | null;
  evidence: { name: string; url?: string }[];
}

function useFormError<T>(form: FormInstance<T>, fields: string[]) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  return (err: unknown) => {
    if (err instanceof ApiError && err.details?.length) {
      form.setFields(
        err.details
          .map((d) => {
            const path = Array.isArray(d.path) ? d.path.map(String) : String(d.path).split('.');
            return { name: path[0], errors: [d.message] };
          })
          .filter((f) => fields.includes(f.name)) as Parameters<FormInstance<T>['setFields']>[0],
      );
    }
    message.error(errorText(err, lang, t('common.error'), t('common.networkError')));
  };
}

function UpdateForm({ task }: { task: TaskDetail }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<UpdateValues>();
  const invalidate = useInvalidateTask();
  const onError = useFormError(form, ['note', 'progress', 'completedOn', 'evidence']);
  const done = Form.useWatch('done', form);
  const mutation = useMutation({
    mutationFn: (body: object) => api(`/tasks/${task.id}/updates`, { method: 'POST', body }),
    onSuccess: async () => {
      message.success(t('task.update.saved'));
      form.resetFields();
      await invalidate();
    },
    onError,
  });
  return (
    <Card title={t('task.update.title')} size="small">
      <Form<UpdateValues>
        form={form}
        name="task-update"
        layout="vertical"
        initialValues={{ note: '', progress: task.progress, done: false, completedOn: dayjs(), evidence: [] }}
        onFinish={(v) => {
          const evidence = (v.evidence ?? [])
            .filter((e) => e?.name?.trim())
            .map((e) => ({ name: e.name.trim(), ...(e.url?.trim() ? { url: e.url.trim() } : {}) }));
          mutation.mutate({
            note: v.note.trim(),
            progress: v.done ? 100 : v.progress,
            ...(v.done && v.completedOn ? { completedOn: toIsoDate(v.completedOn) } : {}),
            ...(evidence.length ? { evidence } : {}),
          });
        }}
      >
        <Form.Item
          label={t('task.update.note')}
          name="note"
          rules={[{ required: true, whitespace: true, message: t('task.update.noteRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        {!done && (
          <Form.Item label={t('field.progress')} name="progress">
            <Slider min={0} max={100} step={5} marks={{ 0: '0%', 50: '50%', 100: '100%' }} />
          </Form.Item>
        )}
        <Form.Item name="done" valuePropName="checked" style={{ marginBottom: 8 }}>
          <Checkbox data-testid="mark-done">{t('task.update.markDone')}</Checkbox>
        </Form.Item>
        {done && (
          <Form.Item
            label={t('task.update.completedOn')}
            name="completedOn"
            rules={[{ required: true, message: t('task.update.completedOnRequired') }]}
          >
            <DatePicker format="DD/MM/YYYY" disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
        )}
        <Form.List name="evidence">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="baseline" wrap>
                  <Form.Item
                    name={[f.name, 'name']}
                    rules={[{ required: true, whitespace: true, message: t('admin.required') }]}
                  >
                    <Input
                      placeholder={t('task.update.evidenceName')}
                      aria-label={t('task.update.evidenceName')}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'url']}
                    rules={[{ type: 'url', message: t('task.update.evidenceUrl') }]}
                  >
                    <Input
                      placeholder={t('task.update.evidenceUrl')}
                      aria-label={t('task.update.evidenceUrl')}
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined />}
                    onClick={() => remove(f.name)}
                    aria-label={t('task.update.remove')}
                  />
                </Space>
              ))}
              <Form.Item>
                <Button type="dashed" onClick={() => add({ name: '' })} icon={<PlusOutlined />}>
                  {t('task.update.addEvidence')}
                </Button>
              </Form.Item>
            </>
          )}
        </Form.List>
        <Button type="primary" htmlType="submit" loading={mutation.isPending}>
          {t('task.update.submit')}
        </Button>
      </Form>
    </Card>
  );
}

function ExplanationItem({ e, task, mayAnswer }: { e: Explanation; task: TaskDetail; mayAnswer: boolean }) {
  const { t, tc } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ answer: string }>();
  const invalidate = useInvalidateTask();
  const onError = useFormError(form, ['answer']);
  const mutation = useMutation({
    mutationFn: (body: { answer: string }) => api(`/explanations/${e.id}/answer`, { method: 'POST', body }),
    onSuccess: async () => {
      message.success(t('task.explain.answered'));
      form.resetFields();
      await invalidate();
    },
    onError,
  });
  const colour = { open: 'warning', answered: 'success', closed: 'default' }[e.status];
  return (
    <div className="explanation" data-status={e.status}>
      <Space wrap size={8}>
        <Tag color={colour}>{tc('explStatus', e.status)}</Tag>
        <span className="muted">
          {t('task.explain.requestedOn', { date: formatDate(e.createdAt) })}
          {personName(e.requestedBy) ? ` · ${personName(e.requestedBy)}` : ''}
        </span>
        {e.dueOn && (
          <span className="muted">
            {t('task.explain.dueOn')}: {formatDate(e.dueOn)}
          </span>
        )}
      </Space>
      <p className="explanation-reason">{e.reason}</p>
      {e.answer && (
        <div className="explanation-answer">
          <div className="muted">
            {e.answeredAt
              ? t('task.explain.answeredOn', { date: formatDate(e.answeredAt) })
              : t('task.explain.answer')}
            {personName(e.answeredBy) ? ` · ${personName(e.answeredBy)}` : ''}
          </div>
          <div>{e.answer}</div>
        </div>
      )}
      {e.status === 'open' && mayAnswer && (
        <Form
          form={form}
          layout="vertical"
          onFinish={(v) => mutation.mutate({ answer: v.answer.trim() })}
          name={`answer-${e.id}-${task.id}`}
        >
          <Form.Item
            label={t('task.explain.answer')}
            name="answer"
            rules={[{ required: true, whitespace: true, message: t('task.explain.answerRequired') }]}
          >
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
          <Button htmlType="submit" type="primary" loading={mutation.isPending}>
            {t('task.explain.sendAnswer')}
          </Button>
        </Form>
      )}
    </div>
  );
}

function RequestForm({ task }: { task: TaskDetail }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string; dueOn: Dayjs | null }>();
  const invalidate = useInvalidateTask();
  const onError = useFormError(form, ['reason', 'dueOn']);
  const mutation = useMutation({
    mutationFn: (body: object) => api(`/tasks/${task.id}/explanations`, { method: 'POST', body }),
    onSuccess: async () => {
      message.success(t('task.explain.sent'));
      form.resetFields();
      await invalidate();
    },
    onError,
  });
  return (
    <Form
      form={form}
      name="explanation-request"
      layout="vertical"
      className="request-form"
      onFinish={(v) =>
        mutation.mutate({ reason: v.reason.trim(), ...(v.dueOn ? { dueOn: toIsoDate(v.dueOn) } : {}) })
      }
    >
      <Typography.Title level={3} style={{ fontSize: 15 }}>
        {t('task.explain.request')}
      </Typography.Title>
      <Form.Item
        label={t('task.explain.reason')}
        name="reason"
        rules={[{ required: true, whitespace: true, message: t('task.explain.reasonRequired') }]}
      >
        <Input.TextArea rows={2} maxLength={4000} />
      </Form.Item>
      <Form.Item label={t('task.explain.dueOn')} name="dueOn">
        <DatePicker format="DD/MM/YYYY" disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
      </Form.Item>
      <Button htmlType="submit" loading={mutation.isPending}>
        {t('task.explain.send')}
      </Button>
    </Form>
  );
}
