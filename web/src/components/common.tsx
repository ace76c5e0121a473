import { PaperClipOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Select, Space, Typography } from 'antd';
import { type ReactNode, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { api } from '../api/client.ts';
import type { Agency, AgencyRef, Deadline, Document, DocumentRef, Page } from '../api/types.ts';
import { deadlineText } from '../deadline.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

export function PageTitle({ title, extra, sub }: { title: ReactNode; extra?: ReactNode; sub?: ReactNode }) {
  return (
    <div className="page-title">
      <div>
        <Typography.Title level={1} className="page-h1">
          {title}
        </Typography.Title>
        {sub && <Typography.Text type="secondary">{sub}</Typography.Text>}
      </div>
      {extra && <div className="page-title-extra">{extra}</div>}
    </div>
  );
}

export function useDeadlineText() {
  const { lang } = useI18n();
  return (d: Deadline | null | undefined): string => deadlineText(d, lang);
}

export function agencyLabel(a: AgencyRef | null | undefined): string {
  if (!a) return '—';
  return a.shortName ? `${a.name}` : a.name;
}

export function AgencyLink({ agency }: { agency: AgencyRef | null | undefined }) {
  if (!agency) return <>—</>;
  return <Link to={`/agencies/${agency.id}`}>{agency.shortName || agency.name}</Link>;
}

export function DocumentLinkText({ doc }: { doc: DocumentRef | null | undefined }) {
  if (!doc) return <>—</>;
  return (
    <Link to={`/documents/${doc.id}`} title={doc.title} className="clamp-2">
      {doc.symbol || doc.title}
    </Link>
  );
}

export function EvidenceList({ items }: { items: { name: string; url?: string }[] }) {
  if (!items.length) return null;
  return (
    <Space direction="vertical" size={2}>
      {items.map((e) => (
        <span key={`${e.name}|${e.url ?? ''}`}>
          <PaperClipOutlined aria-hidden="true" />{' '}
          {e.url ? (
            <a href={e.url} target="_blank" rel="noreferrer noopener">
              {e.name}
            </a>
          ) : (
            e.name
          )}
        </span>
      ))}
    </Space>
  );
}

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setV(value), ms);
    return () => clearTimeout(id);
  }, [value, ms]);
  return v;
}

interface SelectProps {
  value: string;
  onChange: (value: string) => void;
  placeholder: string;
  style?: React.CSSProperties;
  id?: string;
}

/** Agencies are few (hundreds at most): load once, filter in the browser. */
export function AgencySelect({ value, onChange, placeholder, style, id }: SelectProps) {
  const { t } = useI18n();
  // Loaded when first opened (or when a value needs its label), not with every page that has a filter.
  const [opened, setOpened] = useState(false);
  const q = useQuery({
    queryKey: ['agencies', 'all'],
    queryFn: () => api<Page<Agency>>('/agencies', { query: { pageSize: 200 } }),
    staleTime: 10 * 60_000,
    enabled: opened || !!value,
  });
  const options = (q.data?.items ?? []).map((a) => ({
    value: String(a.id),
    label: a.shortName ? `${a.shortName} — ${a.name}` : a.name,
  }));
  return (
    <Select
      id={id}
      aria-label={placeholder}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      loading={q.isFetching}
      value={value || undefined}
      placeholder={placeholder}
      onChange={(v) => onChange(v ?? '')}
      onOpenChange={(open) => open && setOpened(true)}
      options={options}
      style={style}
      notFoundContent={q.isFetching ? t('common.loading') : t('common.empty')}
      popupMatchSelectWidth={false}
    />
  );
}

/** Documents can be many: search on the server as the person types. */
export function DocumentSelect({ value, onChange, placeholder, style, id }: SelectProps) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [opened, setOpened] = useState(false);
  const q = useDebounced(text, 250);
  const list = useQuery({
    queryKey: ['documents', 'select', q],
    queryFn: () => api<Page<Document>>('/documents', { query: { q, pageSize: 20 } }),
    staleTime: 60_000,
    enabled: opened,
  });
  const selected = useQuery({
    queryKey: ['documents', value],
    queryFn: () => api<Document>(`/documents/${value}`),
    enabled: !!value && !list.data?.items.some((d) => String(d.id) === value),
    staleTime: 60_000,
  });
  const docs = [...(list.data?.items ?? [])];
  if (selected.data && !docs.some((d) => d.id === selected.data.id)) docs.unshift(selected.data);
  return (
    <Select
      id={id}
      aria-label={placeholder}
      allowClear
      showSearch={{ filterOption: false, onSearch: setText }}
      value={value || undefined}
      placeholder={placeholder}
      onChange={(v) => {
        onChange(v ?? '');
        setText('');
      }}
      onOpenChange={(open) => open && setOpened(true)}
      loading={list.isFetching}
      options={docs.map((d) => ({
        value: String(d.id),
        label: d.symbol ? `${d.symbol} — ${d.title}` : d.title,
      }))}
      style={style}
      notFoundContent={list.isFetching ? t('common.loading') : t('common.empty')}
      popupMatchSelectWidth={false}
      optionRender={(o) => <span className="select-option-wrap">{o.label}</span>}
    />
  );
}
