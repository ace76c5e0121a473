import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Input, InputNumber, Select, Space, Table } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { api } from '../api/client.ts';
import { DOCUMENT_STATUSES, type Document, type Page } from '../api/types.ts';
import { PageTitle } from '../components/common.tsx';
import { DOCUMENT_KINDS, useKindLabel } from '../components/docKinds.ts';
import { EmptyState, QueryError } from '../components/QueryState.tsx';
import { DocumentStatusTag, IllustrativeTag } from '../components/tags.tsx';
import { useUrlFilters } from '../components/url.ts';
import { formatDate, formatNumber } from '../format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

const FILTERS = ['q', 'kind', 'issuer', 'year', 'status'] as const;
export default function DocumentsPage() {
  const { t, tc, lang } = useI18n();
  const kindLabel = useKindLabel();
  const { values, page, pageSize, set, clear, active } = useUrlFilters(FILTERS);
  const [q, setQ] = useState(values.q);
  const [issuer, setIssuer] = useState(values.issuer);
  useEffect(() => setQ(values.q), [values.q]);
  useEffect(() => setIssuer(values.issuer), [values.issuer]);

  const query = useQuery({
    queryKey: ['documents', 'list', values, page, pageSize],
    queryFn: () => api<Page<Document>>('/documents', { query: { ...values, page, pageSize } }),
    placeholderData: keepPreviousData,
  });

  return (
    <div className="page">
      <PageTitle title={t('docs.title')} />
      <Card size="small" className="filters">
        <Space wrap size={[12, 8]}>
          <Input.Search
            aria-label={t('docs.search')}
            placeholder={t('docs.search')}
            value={q}
            onChange={(e) => setQ(e.target.value)}
            onSearch={(v) => set({ q: v.trim() })}
            allowClear
            style={{ width: 300 }}
          />
          <Select
            aria-label={t('field.kind')}
            placeholder={t('field.kind')}
            allowClear
            value={values.kind || undefined}
            onChange={(v) => set({ kind: v ?? '' })}
            options={Object.keys(DOCUMENT_KINDS).map((k) => ({ value: k, label: kindLabel(k) }))}
            style={{ width: 170 }}
          />
          <Input
            aria-label={t('field.issuer')}
            placeholder={t('field.issuer')}
            value={issuer}
            onChange={(e) => setIssuer(e.target.value)}
            onPressEnter={() => set({ issuer: issuer.trim() })}
            onBlur={() => issuer.trim() !== values.issuer && set({ issuer: issuer.trim() })}
            style={{ width: 200 }}
          />
          <InputNumber
            aria-label={t('docs.filter.year')}
            placeholder={t('docs.filter.year')}
            min={1945}
            max={2100}
            controls={false}
            value={values.year ? Number(values.year) : null}
            // Only a whole year is a filter: not "2", "20" and "202" on the way to "2022".
            onChange={(v) => (v == null || v >= 1900) && set({ year: v == null ? '' : String(v) })}
            style={{ width: 130 }}
          />
          <Select
            aria-label={t('field.status')}
            placeholder={t('field.status')}
            allowClear
            value={values.status || undefined}
            onChange={(v) => set({ status: v ?? '' })}
            options={DOCUMENT_STATUSES.map((s) => ({ value: s, label: tc('docStatus', s) }))}
            style={{ width: 170 }}
          />
          {active && (
            <Button type="link" onClick={clear}>
              {t('common.clearFilters')}
            </Button>
          )}
        </Space>
      </Card>
      {query.isError ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Table<Document>
          data-testid="documents-table"
          rowKey="id"
          loading={query.isFetching}
          dataSource={query.data?.items ?? []}
          scroll={{ x: 900 }}
          locale={{ emptyText: query.isPending ? ' ' : <EmptyState /> }}
          pagination={{
            current: page,
            pageSize,
            total: query.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100, 200],
            showTotal: (total, [from, to]) =>
              t('common.range', {
                from: formatNumber(from, lang),
                to: formatNumber(to, lang),
                total: formatNumber(total, lang),
              }),
            onChange: (p, ps) => set({ page: p === 1 ? null : p, pageSize: ps === 50 ? null : ps }),
          }}
          columns={[
            {
              title: t('field.symbol'),
              dataIndex: 'symbol',
              width: 150,
              render: (_v, d) => <Link to={`/documents/${d.id}`}>{d.symbol || '—'}</Link>,
            },
            {
              title: t('field.title'),
              dataIndex: 'title',
              render: (_v, d) => (
                <>
                  <Link to={`/documents/${d.id}`}>{d.title}</Link> <IllustrativeTag show={d.illustrative} />
                </>
              ),
            },
            { title: t('field.kind'), dataIndex: 'kind', width: 120, render: (k: string) => kindLabel(k) },
            {
              title: t('field.issuer'),
              dataIndex: 'issuer',
              width: 170,
              render: (v: string | null) => v || '—',
            },
            {
              title: t('field.issuedOn'),
              dataIndex: 'issuedOn',
              width: 120,
              render: (v: string | null) => formatDate(v),
            },
            {
              title: t('field.status'),
              dataIndex: 'status',
              width: 150,
              render: (_v, d) => <DocumentStatusTag status={d.status} />,
            },
          ]}
        />
      )}
    </div>
  );
}
