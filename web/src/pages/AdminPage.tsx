import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal, Select, Space, Switch, Table, Tabs, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { ApiError, api, errorText } from '../api/client.ts';
import type { AdminUnit, AdminUser, Page, Role } from '../api/types.ts';
import { useUser } from '../auth.ts';
import { Forbidden } from '../components/AppLayout.tsx';
import { AgencyLink, AgencySelect, PageTitle } from '../components/common.tsx';
import { EmptyState, QueryError } from '../components/QueryState.tsx';
import { useUrlFilters } from '../components/url.ts';
import { formatDate, formatNumber } from '../format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

const ROLES: Role[] = ['admin', 'coordinator', 'agency_editor', 'viewer'];

export default function AdminPage() {
  const { t } = useI18n();
  const user = useUser();
  const { values, set } = useUrlFilters(['tab'] as const);
  if (user.role !== 'admin' && user.role !== 'coordinator') return <Forbidden />;
  const isAdmin = user.role === 'admin';
  const tab = values.tab === 'units' || !isAdmin ? 'units' : 'users';
  return (
    <div className="page">
      <PageTitle title={t('admin.title')} />
      <Tabs
        activeKey={tab}
        onChange={(k) => set({ tab: k === 'users' ? null : k })}
        items={[
          ...(isAdmin ? [{ key: 'users', label: t('admin.users'), children: <UsersTab /> }] : []),
          { key: 'units', label: t('admin.units'), children: <UnitsTab /> },
        ]}
      />
    </div>
  );
}

function useMutationError() {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  return (err: unknown) => message.error(errorText(err, lang, t('common.error'), t('common.networkError')));
}

function UsersTab() {
  const { t, tc, lang } = useI18n();
  const me = useUser();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const onError = useMutationError();
  const query = useQuery({
    queryKey: ['users', page],
    queryFn: () => api<Page<AdminUser>>('/users', { query: { page, pageSize: 50 } }),
    placeholderData: keepPreviousData,
  });
  const patch = useMutation({
    mutationFn: ({ id, body }: { id: number; body: object }) =>
      api(`/users/${id}`, { method: 'PATCH', body }),
    onSuccess: async () => {
      message.success(t('admin.updated'));
      await queryClient.invalidateQueries({ queryKey: ['users'] });
    },
    onError,
  });
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('admin.newUser')}
        </Button>
      </Space>
      <Table<AdminUser>
        data-testid="users-table"
        rowKey="id"
        size="middle"
        loading={query.isFetching}
        dataSource={query.data?.items ?? []}
        scroll={{ x: 900 }}
        locale={{ emptyText: query.isPending ? ' ' : <EmptyState /> }}
        pagination={{
          current: page,
          pageSize: 50,
          total: query.data?.total ?? 0,
          onChange: setPage,
          showTotal: (total) => t('common.total', { n: formatNumber(total, lang) }),
        }}
        columns={[
          { title: t('field.username'), dataIndex: 'username', width: 150 },
          {
            title: t('field.name'),
            render: (_v, u) => (
              <>
                {u.name} {u.demo && <Tag color="purple">{t('top.demo')}</Tag>}
              </>
            ),
          },
          {
            title: t('field.role'),
            width: 230,
            render: (_v, u) => (
              <Select<Role>
                aria-label={`${t('field.role')}: ${u.username}`}
                value={u.role}
                disabled={u.id === me.id}
                style={{ width: 210 }}
                options={ROLES.map((r) => ({ value: r, label: tc('role', r) }))}
                onChange={(role) => patch.mutate({ id: u.id, body: { role } })}
              />
            ),
          },
          { title: t('field.agency'), width: 200, render: (_v, u) => <AgencyLink agency={u.agency} /> },
          {
            title: t('field.active'),
            width: 110,
            render: (_v, u) => (
              <Switch
                aria-label={`${t('field.active')}: ${u.username}`}
                checked={u.active}
                disabled={u.id === me.id}
                onChange={(active) => patch.mutate({ id: u.id, body: { active } })}
              />
            ),
          },
        ]}
      />
      {creating && <CreateUserModal onClose={() => setCreating(false)} />}
    </>
  );
}

interface NewUser {
  username: string;
  name: string;
  password: string;
  role: Role;
  agencyId?: string;
}

function CreateUserModal({ onClose }: { onClose: () => void }) {
  const { t, tc, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<NewUser>();
  const queryClient = useQueryClient();
  const role = Form.useWatch('role', form);
  const [error, setError] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: (v: NewUser) =>
      api('/users', {
        method: 'POST',
        body: {
          ...v,
          username: v.username.trim(),
          name: v.name.trim(),
          agencyId: v.agencyId ? Number(v.agencyId) : undefined,
        },
      }),
    onSuccess: async () => {
      message.success(t('admin.created'));
      await queryClient.invalidateQueries({ queryKey: ['users'] });
      onClose();
    },
    onError: (err) => {
      if (err instanceof ApiError && err.details?.length) {
        form.setFields(
          err.details.map((d) => ({
            name: (Array.isArray(d.path) ? d.path[0] : String(d.path).split('.')[0]) as keyof NewUser,
            errors: [d.message],
          })),
        );
      }
      setError(errorText(err, lang, t('common.error'), t('common.networkError')));
    },
  });
  return (
    <Modal
      open
      title={t('admin.newUser')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      {error && <Alert type="error" title={error} showIcon style={{ marginBottom: 12 }} />}
      <Form<NewUser>
        form={form}
        layout="vertical"
        name="new-user"
        initialValues={{ role: 'viewer' }}
        onFinish={(v) => create.mutate(v)}
      >
        <Form.Item
          label={t('field.username')}
          name="username"
          rules={[{ required: true, whitespace: true, message: t('admin.required') }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          label={t('field.name')}
          name="name"
          rules={[{ required: true, whitespace: true, message: t('admin.required') }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          label={t('field.password')}
          name="password"
          rules={[{ required: true, min: 8, message: t('admin.passwordMin') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label={t('field.role')}
          name="role"
          rules={[{ required: true, message: t('admin.required') }]}
        >
          <Select options={ROLES.map((r) => ({ value: r, label: tc('role', r) }))} />
        </Form.Item>
        <Form.Item
          label={t('field.agency')}
          name="agencyId"
          rules={[{ required: role === 'agency_editor', message: t('admin.required') }]}
        >
          <AgencyField />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function AgencyField({ value, onChange }: { value?: string; onChange?: (v: string) => void }) {
  const { t } = useI18n();
  return (
    <AgencySelect
      value={value ?? ''}
      onChange={(v) => onChange?.(v)}
      placeholder={t('field.agency')}
      style={{ width: '100%' }}
    />
  );
}

function UnitsTab() {
  const { t, lang } = useI18n();
  const [currentOnly, setCurrentOnly] = useState(false);
  const query = useQuery({
    // All units at once (under a hundred): names of former units are needed even when only current ones show.
    queryKey: ['admin-units'],
    queryFn: () => api<Page<AdminUnit>>('/admin-units'),
  });
  const rows = useMemo(
    () => (query.data?.items ?? []).filter((u) => !currentOnly || !u.validTo),
    [query.data, currentOnly],
  );
  const byKey = useMemo(() => new Map((query.data?.items ?? []).map((u) => [u.key, u])), [query.data]);
  const predecessors = useMemo(() => {
    const m = new Map<string, AdminUnit[]>();
    for (const u of query.data?.items ?? []) {
      if (!u.successorKey) continue;
      m.set(u.successorKey, [...(m.get(u.successorKey) ?? []), u]);
    }
    return m;
  }, [query.data]);
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <>
      <Alert type="info" showIcon title={t('admin.units.note')} style={{ marginBottom: 12 }} />
      <Space style={{ marginBottom: 12 }}>
        <Switch checked={currentOnly} onChange={setCurrentOnly} aria-label={t('admin.units.currentOnly')} />
        <span>{t('admin.units.currentOnly')}</span>
      </Space>
      <Table<AdminUnit>
        data-testid="units-table"
        rowKey="key"
        size="small"
        loading={query.isFetching}
        dataSource={rows}
        scroll={{ x: 900 }}
        rowClassName={(u) => (u.validTo ? 'row-merged' : '')}
        locale={{ emptyText: query.isPending ? ' ' : <EmptyState /> }}
        pagination={{
          pageSize: 100,
          showTotal: (total) => t('common.total', { n: formatNumber(total, lang) }),
        }}
        columns={[
          {
            title: t('field.adminUnit'),
            dataIndex: 'name',
            sorter: (a, b) => a.name.localeCompare(b.name, 'vi'),
            defaultSortOrder: 'ascend',
          },
          {
            title: t('admin.units.gsoCode'),
            dataIndex: 'gsoCode',
            width: 130,
            render: (v: string | null) => v || '—',
          },
          {
            title: t('admin.units.validFrom'),
            dataIndex: 'validFrom',
            width: 120,
            render: (v: string | null) => formatDate(v),
          },
          {
            title: t('admin.units.validTo'),
            dataIndex: 'validTo',
            width: 120,
            render: (v: string | null) => formatDate(v),
          },
          {
            title: t('field.status'),
            width: 280,
            filters: [
              { text: t('admin.units.current'), value: 'current' },
              { text: t('admin.units.merged'), value: 'merged' },
            ],
            onFilter: (v, u) => (v === 'merged' ? !!u.validTo : !u.validTo),
            render: (_v, u) =>
              u.validTo ? (
                <Tag color="orange">
                  {u.successorKey
                    ? t('admin.units.mergedInto', { name: byKey.get(u.successorKey)?.name ?? u.successorKey })
                    : t('admin.units.merged')}
                </Tag>
              ) : (
                <Tag color="green">{t('admin.units.current')}</Tag>
              ),
          },
          {
            title: t('admin.units.mergedFrom'),
            render: (_v, u) => {
              const from = u.predecessors
                ? u.predecessors.map((k) => byKey.get(k) ?? { name: k })
                : (predecessors.get(u.key) ?? []);
              return from.length ? from.map((p) => p.name).join(', ') : '';
            },
          },
        ]}
      />
    </>
  );
}
