import { SearchOutlined } from '@ant-design/icons';
import { App, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { type ReactNode, useMemo } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';

const theme = {
  token: {
    colorPrimary: '#1d4e89',
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif",
    // Tests and screenshots should not wait for transitions.
    motion: !(typeof navigator !== 'undefined' && navigator.webdriver),
    // The palette derived from our blue gives greys for selections; name the light blues outright.
    controlItemBgActive: '#e3ecf7',
    controlItemBgActiveHover: '#d6e4f5',
    controlItemBgHover: '#f0f4fa',
  },
  components: {
    Menu: { itemSelectedBg: '#e3ecf7', itemSelectedColor: '#1d4e89', itemActiveBg: '#eef3fa' },
    Tree: { nodeSelectedBg: '#e3ecf7', nodeHoverBg: '#f0f4fa' },
  },
};

export function AntdRoot({ children }: { children: ReactNode }) {
  const { lang, t } = useI18n();
  dayjs.locale(lang === 'vi' ? 'vi' : 'en');
  // A search box's button is named by its icon: "search" in English unless told otherwise.
  const inputSearch = useMemo(
    () => ({ searchIcon: <SearchOutlined aria-label={t('common.search')} /> }),
    [t],
  );
  return (
    <ConfigProvider locale={lang === 'vi' ? viVN : enUS} theme={theme} inputSearch={inputSearch}>
      <App>{children}</App>
    </ConfigProvider>
  );
}
