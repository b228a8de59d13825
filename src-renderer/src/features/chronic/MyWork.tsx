import { Empty, Input, Space } from 'antd';
import { CasesGrid } from './CasesGrid';
import { useChronicStore } from './chronic-store';

/** 我的工作: the open cases of one supervisor (remembered on this workstation), soonest deadline first. */
export function MyWork() {
  const { me, setMe } = useChronicStore();
  return (
    <div data-testid="my-work">
      <Space style={{ marginBottom: 8 }}>
        <span>我是</span>
        <Input style={{ width: 160 }} defaultValue={me} onBlur={(e) => setMe(e.target.value)} onPressEnter={(e) => setMe(e.currentTarget.value)} placeholder="督办人姓名" data-testid="my-name" />
      </Space>
      {me ? <CasesGrid key={me} fixedSupervisor={me} /> : <Empty description="填写您的姓名，查看由您督办的疑难件" />}
    </div>
  );
}
