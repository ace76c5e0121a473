import { Button, Result, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useI18n } from '../i18n/I18nProvider.tsx';

export default function NotFoundPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={
        <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
          {t('common.notFound')}
        </Typography.Title>
      }
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t('common.home')}
        </Button>
      }
    />
  );
}
