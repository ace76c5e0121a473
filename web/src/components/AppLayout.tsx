import {
  AimOutlined,
  ApartmentOutlined,
  DashboardOutlined,
  FileTextOutlined,
  InboxOutlined,
  LogoutOutlined,
  MenuOutlined,
  ScheduleOutlined,
  SettingOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Dropdown, Input, Layout, Menu, Result, Segmented, Spin, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link, Navigate, Outlet, useLocation, useNavigate, useSearchParams } from 'react-router';
import { api } from '../api/client.ts';
import type { User } from '../api/types.ts';
import { isSessionExpired, ME_KEY, markSessionExpired, signInPath, useMe } from '../auth.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { Lang } from '../i18n/messages.ts';
import { QueryError } from './QueryState.tsx';

const { Header, Sider, Content } = Layout;

/** The signed-in frame: top bar, navigation, and the page. Sends strangers to sign in. */
export function AppLayout() {
  const me = useMe();
  const location = useLocation();
  const { t } = useI18n();
  if (me.isPending) {
    return (
      <div className="center-screen">
        <Spin size="large" tip={t('common.loading')}>
          <div style={{ width: 120, height: 60 }} />
        </Spin>
      </div>
    );
  }
  if (me.isError) {
    return (
      <div className="center-screen">
        <QueryError error={me.error} onRetry={() => me.refetch()} />
      </div>
    );
  }
  if (!me.data)
    return <Navigate to={signInPath(`${location.pathname}${location.search}`, isSessionExpired())} replace />;
  return <Shell user={me.data} />;
}

function Shell({ user }: { user: User }) {
  const { t, tc, lang, setLang } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [collapsed, setCollapsed] = useState(false);
  // Below 992 px the navigation folds away; a button in the top bar opens it.
  const [narrow, setNarrow] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const navHidden = narrow && collapsed;
  const [searchParams] = useSearchParams();
  const [search, setSearch] = useState(location.pathname === '/search' ? (searchParams.get('q') ?? '') : '');

  useEffect(() => {
    if (location.pathname === '/search') setSearch(searchParams.get('q') ?? '');
  }, [location.pathname, searchParams]);

  const section = `/${location.pathname.split('/')[1] ?? ''}`;
  const nav = [
    { key: '/', icon: <DashboardOutlined />, label: t('nav.dashboard') },
    { key: '/documents', icon: <FileTextOutlined />, label: t('nav.documents') },
    { key: '/indicators', icon: <AimOutlined />, label: t('nav.indicators') },
    { key: '/tasks', icon: <ScheduleOutlined />, label: t('nav.tasks') },
    { key: '/agencies', icon: <ApartmentOutlined />, label: t('nav.agencies') },
    ...(user.role === 'admin' || user.role === 'coordinator'
      ? [
          { key: '/sources', icon: <InboxOutlined />, label: t('nav.sources') },
          { key: '/admin', icon: <SettingOutlined />, label: t('nav.admin') },
        ]
      : []),
  ];
  // Real links: reachable with Tab, openable in a new tab.
  const items = nav.map((n) => ({ ...n, label: <Link to={n.key}>{n.label}</Link> }));

  async function logout() {
    try {
      await api('/auth/logout', { method: 'POST' });
    } finally {
      queryClient.clear();
      markSessionExpired(false);
      queryClient.setQueryData(ME_KEY, null);
      navigate('/signin', { replace: true });
    }
  }

  return (
    <Layout className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Header className="topbar">
        {narrow && (
          <Button
            ref={menuButton}
            type="text"
            className="menu-button"
            icon={<MenuOutlined />}
            aria-label={t(navHidden ? 'nav.open' : 'nav.close')}
            aria-expanded={!navHidden}
            aria-controls="app-nav"
            onClick={() => setCollapsed((c) => !c)}
          />
        )}
        <a
          className="brand"
          href="/"
          // On a phone only the mark shows: the link still has a name.
          aria-label={t('app.name')}
          onClick={(e) => {
            e.preventDefault();
            navigate('/');
          }}
        >
          <span className="brand-mark" aria-hidden="true" />
          <span className="brand-name">{t('app.name')}</span>
        </a>
        <div className="topbar-search">
          <Input.Search
            aria-label={t('top.search.label')}
            placeholder={t('top.search.placeholder')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            onSearch={(value) => {
              const q = value.trim();
              if (q) navigate(`/search?q=${encodeURIComponent(q)}`);
            }}
            allowClear
          />
        </div>
        <Segmented<Lang>
          className="lang-switch"
          aria-label={t('top.language')}
          size="small"
          value={lang}
          onChange={(v) => setLang(v)}
          options={[
            { value: 'vi', label: <span title={t('lang.vi')}>VI</span> },
            { value: 'en', label: <span title={t('lang.en')}>EN</span> },
          ]}
        />
        <Dropdown
          trigger={['click']}
          menu={{
            items: [
              {
                key: 'who',
                disabled: true,
                label: (
                  <div className="user-card">
                    <strong>{user.name}</strong>
                    <div>{tc('role', user.role)}</div>
                    {user.agency && <div>{user.agency.name}</div>}
                    {user.demo && <Tag color="purple">{t('top.demo')}</Tag>}
                  </div>
                ),
              },
              { type: 'divider' },
              {
                key: 'logout',
                icon: <LogoutOutlined />,
                label: t('top.logout'),
                onClick: () => void logout(),
              },
            ],
          }}
        >
          <Button type="text" className="user-button" aria-label={`${t('top.userMenu')}: ${user.name}`}>
            <UserOutlined />
            <span className="user-text">
              <span className="user-name" data-testid="user-name">
                {user.name}
              </span>
              <Typography.Text type="secondary" className="user-meta" data-testid="user-role">
                {tc('role', user.role)}
                {user.agency ? ` · ${user.agency.shortName || user.agency.name}` : ''}
              </Typography.Text>
            </span>
          </Button>
        </Dropdown>
      </Header>
      <Layout>
        <Sider
          width={208}
          breakpoint="lg"
          collapsedWidth={0}
          collapsed={collapsed}
          onCollapse={setCollapsed}
          onBreakpoint={setNarrow}
          trigger={null}
          theme="light"
          className="sider"
        >
          {/* Folded away, its links are out of the Tab order too (inert), not focusable and unseen. */}
          <nav
            id="app-nav"
            aria-label={t('nav.menu')}
            inert={navHidden}
            onKeyDown={(e) => {
              if (narrow && e.key === 'Escape') {
                setCollapsed(true);
                menuButton.current?.focus();
              }
            }}
          >
            <Menu
              mode="inline"
              selectedKeys={[section === '/' ? '/' : section]}
              items={items}
              onClick={() => {
                if (narrow) setCollapsed(true);
              }}
            />
          </nav>
        </Sider>
        <Content id="main" tabIndex={-1} className="content">
          <Outlet />
        </Content>
      </Layout>
    </Layout>
  );
}

export function Forbidden() {
  const { t } = useI18n();
  return <Result status="403" title={t('common.forbidden')} />;
}
