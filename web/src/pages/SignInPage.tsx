import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiError, api, errorText } from '../api/client.ts';
import type { User } from '../api/types.ts';
import { ME_KEY, markSessionExpired, useMe } from '../auth.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { Lang } from '../i18n/messages.ts';

function safeNext(next: string | null): string {
  // Only paths of this app: never an absolute URL to elsewhere.
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export default function SignInPage() {
  const { t, lang, setLang } = useI18n();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useMe();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const next = safeNext(params.get('next'));

  if (me.data) return <Navigate to={next} replace />;

  async function submit(values: { username: string; password: string }) {
    setBusy(true);
    setError(null);
    try {
      const res = await api<{ user: User }>('/auth/login', { method: 'POST', body: values });
      markSessionExpired(false);
      // Nothing cached under the old session is kept.
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
      queryClient.setQueryData(ME_KEY, res.user);
      navigate(next, { replace: true });
    } catch (err) {
      setError(
        err instanceof ApiError && (err.status === 401 || err.status === 400)
          ? t('signin.failed')
          : errorText(err, lang, t('common.error'), t('common.networkError')),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="signin">
      <Card className="signin-card">
        <div className="signin-head">
          <span className="brand-mark big" aria-hidden="true" />
          <div>
            <Typography.Title level={1} style={{ margin: 0, fontSize: 26 }}>
              {t('app.name')}
            </Typography.Title>
            <Typography.Text type="secondary">{t('app.tagline')}</Typography.Text>
          </div>
        </div>
        <Segmented<Lang>
          aria-label={t('top.language')}
          value={lang}
          onChange={setLang}
          options={[
            { value: 'vi', label: t('lang.vi') },
            { value: 'en', label: t('lang.en') },
          ]}
          style={{ marginBottom: 16 }}
        />
        <Typography.Title level={2} style={{ fontSize: 18, marginTop: 0 }}>
          {t('signin.title')}
        </Typography.Title>
        {params.get('expired') && !error && (
          <Alert type="info" showIcon title={t('signin.expired')} style={{ marginBottom: 16 }} />
        )}
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
        <Form layout="vertical" onFinish={submit} requiredMark={false} name="signin">
          <Form.Item
            label={t('signin.username')}
            name="username"
            rules={[{ required: true, whitespace: true, message: t('signin.usernameRequired') }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus size="large" />
          </Form.Item>
          <Form.Item
            label={t('signin.password')}
            name="password"
            rules={[{ required: true, message: t('signin.passwordRequired') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={busy}>
            {t('signin.submit')}
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 13 }}>
          {t('signin.demoHint')}
        </Typography.Paragraph>
      </Card>
    </main>
  );
}
