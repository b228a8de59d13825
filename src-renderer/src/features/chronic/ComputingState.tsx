import { useEffect, useState } from 'react';
import { Alert, Spin } from 'antd';

/**
 * An honest busy state for a chronic computation in the engine: what runs, for how long, over
 * how many tickets. The engine's run() reports no progress and cannot be cancelled, so no
 * percentage or cancel button is shown.
 */
export function ComputingState({ what, since, tickets }: { what: string; since: number | null; tickets: number | null }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);
  const seconds = since ? Math.max(0, Math.floor((now - since) / 1000)) : 0;
  const size = tickets != null ? `本机工单 ${tickets.toLocaleString('zh-CN')} 张` : '本机全部工单';
  return (
    <Alert type="info" style={{ marginBottom: 12 }} data-testid="chronic-computing"
      icon={<Spin size="small" />} showIcon
      message={<span>{what} <span data-testid="chronic-computing-seconds">已用 {seconds} 秒</span></span>}
      description={`检测范围：${size}。首次检测需逐张比对，工单越多越久（数据引擎不报告进度，故不显示百分比）；完成后结果自动显示在下方，请稍候。`} />
  );
}
