import { Input, InputNumber } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { DOCUMENT_STATUSES, type Document } from '../api/types.ts';
import { PageTitle } from '../components/common.tsx';
import { DOCUMENT_KINDS, useKindLabel } from '../components/docKinds.ts';
import { FilterBar, ListTable, SearchFilter, SelectFilter, useServerList } from '../components/ListPage.tsx';
import { DocumentStatusTag, IllustrativeTag } from '../components/tags.tsx';
import { useUrlFilters } from '../components/url.ts';
import { formatDate } from '../format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

const FILTERS = ['q', 'kind', 'issuer', 'year', 'status'] as const;
export default function DocumentsPage() {
  const { t, tc } = useI18n();
  const kindLabel = useKindLabel();
  const filters = useUrlFilters(FILTERS);
  const { values, set, clear, active } = filters;
  const [issuer, setIssuer] = useState(values.issuer);
  useEffect(() => setIssuer(values.issuer), [values.issuer]);
  const list = useServerList<Document, (typeof FILTERS)[number]>('documents', '/documents', filters);

  return (
    <div className="page">
      <PageTitle title={t('docs.title')} />
      <FilterBar active={active} onClear={clear}>
        <SearchFilter
          label={t('docs.search')}
          value={values.q}
          onSearch={(q) => set({ q })}
          style={{ width: 300 }}
        />
        <SelectFilter
          label={t('field.kind')}
          value={values.kind}
          onChange={(kind) => set({ kind })}
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
        <SelectFilter
          label={t('field.status')}
          value={values.status}
          onChange={(status) => set({ status })}
          options={DOCUMENT_STATUSES.map((s) => ({ value: s, label: tc('docStatus', s) }))}
          style={{ width: 170 }}
        />
      </FilterBar>
      <ListTable<Document>
        list={list}
        data-testid="documents-table"
        rowKey="id"
        scroll={{ x: 900 }}
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
    </div>
  );
}
