import { Link } from 'react-router';
import { type Indicator, PROGRESS_STATUSES } from '../api/types.ts';
import { AgencyLink, AgencySelect, PageTitle } from '../components/common.tsx';
import { FilterBar, ListTable, SearchFilter, SelectFilter, useServerList } from '../components/ListPage.tsx';
import { IllustrativeTag, ProgressTag } from '../components/tags.tsx';
import { useUrlFilters } from '../components/url.ts';
import { formatNumber, formatValue } from '../format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

const FILTERS = ['q', 'agency', 'status'] as const;

export default function IndicatorsPage() {
  const { t, tc, lang } = useI18n();
  const filters = useUrlFilters(FILTERS);
  const { values, set, clear, active } = filters;
  const list = useServerList<Indicator, (typeof FILTERS)[number]>('indicators', '/indicators', filters);
  return (
    <div className="page">
      <PageTitle title={t('ind.title')} />
      <FilterBar active={active} onClear={clear}>
        <SearchFilter
          label={t('ind.search')}
          value={values.q}
          onSearch={(q) => set({ q })}
          style={{ width: 280 }}
        />
        <AgencySelect
          placeholder={t('field.owner')}
          value={values.agency}
          onChange={(v) => set({ agency: v })}
          style={{ width: 240 }}
        />
        <SelectFilter
          label={t('field.status')}
          value={values.status}
          onChange={(status) => set({ status })}
          options={PROGRESS_STATUSES.map((s) => ({ value: s, label: tc('progress', s) }))}
          style={{ width: 190 }}
        />
      </FilterBar>
      <ListTable<Indicator>
        list={list}
        data-testid="indicators-table"
        rowKey="id"
        scroll={{ x: 860 }}
        columns={[
          {
            title: t('field.indicator'),
            render: (_v, r) => (
              <>
                <Link to={`/indicators/${r.id}`}>{r.name}</Link> <IllustrativeTag show={r.illustrative} />
              </>
            ),
          },
          { title: t('field.unit'), dataIndex: 'unit', width: 100 },
          { title: t('field.owner'), width: 180, render: (_v, r) => <AgencyLink agency={r.ownerAgency} /> },
          {
            title: t('field.target'),
            width: 160,
            render: (_v, r) =>
              r.progress.targetValue != null
                ? `${formatValue(r.progress.targetValue, r.unit, lang)} (${r.progress.targetYear ?? ''})`
                : '—',
          },
          {
            title: t('field.status'),
            width: 170,
            render: (_v, r) => <ProgressTag status={r.progress.status} colour={r.progress.colour} />,
          },
          {
            title: <abbr title={t('field.ratio')}>R</abbr>,
            width: 70,
            align: 'right',
            render: (_v, r) => formatNumber(r.progress.ratio, lang),
          },
        ]}
      />
    </div>
  );
}
