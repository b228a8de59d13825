import { Card, Col, Empty, List, Row, Tag } from 'antd';
import type { RankResponse } from '@renderer/engine/computations/assess';
import { partsKey } from '@renderer/engine/computations/assess';
import { useT } from '@renderer/i18n';
import { score } from './format';

/** 红黑榜: the best and worst N of each ranking (N from the rule set). */
export function RedBlackLists({ data, onOpen }: { data: RankResponse; onOpen(parts: string[]): void }) {
  const t = useT();
  const byKey = new Map(data.result.groups.map((g) => [partsKey(g.parts), g]));
  if (data.result.lists.length === 0) {
    return <Empty description={t('assess.lists.none')} />;
  }
  return (
    <Row gutter={[12, 12]} data-testid="red-black-lists">
      {data.result.lists.map((l) => (
        <Col key={l.ranking} xs={24} lg={12}>
          <Card size="small" title={t('assess.lists.title', { ranking: l.ranking, count: l.ranked })}>
            <Row gutter={12}>
              {(['red', 'black'] as const).map((side) => (
                <Col span={12} key={side}>
                  <List
                    size="small"
                    header={<Tag color={side === 'red' ? 'red' : 'default'} style={side === 'black' ? { background: '#262626', color: '#fff' } : undefined}>{t(side === 'red' ? 'assess.lists.red' : 'assess.lists.black')}</Tag>}
                    dataSource={l[side]}
                    locale={{ emptyText: t('assess.lists.tooFew') }}
                    renderItem={(parts) => {
                      const g = byKey.get(partsKey(parts));
                      return (
                        <List.Item style={{ cursor: 'pointer' }} onClick={() => onOpen(parts)}>
                          <span>{g?.rank}. {parts.join(' · ')}</span>
                          <b>{score(g?.score)}</b>
                        </List.Item>
                      );
                    }}
                  />
                </Col>
              ))}
            </Row>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
