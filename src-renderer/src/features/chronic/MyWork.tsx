import { Empty, Input, Space } from 'antd';
import { useT } from '@renderer/i18n';
import { CasesGrid } from './CasesGrid';
import { useChronicStore } from './chronic-store';

/** 我的工作: the open cases of one supervisor (remembered on this workstation), soonest deadline first. */
export function MyWork() {
  const { me, setMe } = useChronicStore();
  const t = useT();
  return (
    <div data-testid="my-work">
      <Space style={{ marginBottom: 8 }}>
        <span>{t('chronic.mine.me')}</span>
        <Input style={{ width: 160 }} defaultValue={me} onBlur={(e) => setMe(e.target.value)} onPressEnter={(e) => setMe(e.currentTarget.value)} placeholder={t('chronic.mine.placeholder')} data-testid="my-name" />
      </Space>
      {me ? <CasesGrid key={me} fixedSupervisor={me} /> : <Empty description={t('chronic.mine.empty')} />}
    </div>
  );
}
