import { describe, expect, it } from 'vitest';
import {
  applyRemembered, delimiterLabel, differsFrom, duplicateTargets, encodingLabel, headerSignature, mappingOptions,
  mappingSettingKey, missingRequired, previewMaskKey,
} from '@renderer/features/import/mapping';

describe('headerSignature', () => {
  it('is the same for headers that differ only in case, width and surrounding spaces', () => {
    expect(headerSignature([' 工单编号', 'Ticket_ID ', '受理时间'])).toBe(headerSignature(['工单编号', 'ticket_id', '受理时间']));
    expect(headerSignature(['ＡＢＣ'])).toBe(headerSignature(['abc']));
  });
  it('changes with order and content', () => {
    expect(headerSignature(['a', 'b'])).not.toBe(headerSignature(['b', 'a']));
    expect(headerSignature(['a', 'b'])).not.toBe(headerSignature(['a', 'b', 'c']));
    expect(headerSignature(['ab'])).not.toBe(headerSignature(['a', 'b']));
  });
  it('names a settings key', () => {
    expect(mappingSettingKey(['工单编号'])).toMatch(/^mapping:[0-9a-f]{16}$/);
  });
});

describe('missingRequired', () => {
  it('names the required columns no header maps to', () => {
    expect(missingRequired({ 编号: 'id', 时间: 'acceptedAt' }, 'tickets')).toEqual([]);
    expect(missingRequired({ 编号: 'id', 备注: 'extra' }, 'tickets')).toEqual(['受理时间']);
    expect(missingRequired({}, 'events')).toEqual(['工单编号', '时间', '动作']);
  });
  it('finds keys claimed twice', () => {
    expect(duplicateTargets({ a: 'id', b: 'id', c: 'extra', d: 'extra', e: 'unit' })).toEqual(['id']);
  });
});

describe('applyRemembered', () => {
  const detected = { 工单号: 'id', 来电时间: 'acceptedAt', 网格: 'extra' };
  it('lays valid remembered choices over the detected mapping', () => {
    const m = applyRemembered(detected, { 网格: 'street', 来电时间: 'acceptedAt', 旧列: 'unit' }, 'tickets');
    expect(m).toEqual({ 工单号: 'id', 来电时间: 'acceptedAt', 网格: 'street' });
    expect(differsFrom(m, detected)).toBe(true);
  });
  it('ignores invalid values and junk', () => {
    expect(applyRemembered(detected, { 网格: 'nosuch' }, 'tickets')).toEqual(detected);
    expect(applyRemembered(detected, null, 'tickets')).toEqual(detected);
    expect(applyRemembered(detected, { 网格: 'target' }, 'tickets')).toEqual(detected);
    expect(differsFrom(applyRemembered(detected, 'x', 'tickets'), detected)).toBe(false);
  });
});

describe('labels and options', () => {
  it('offers every column plus extra and ignore', () => {
    const t = mappingOptions('tickets');
    expect(t[0]).toEqual({ value: 'id', label: '工单编号' });
    expect(t.slice(-2).map((o) => o.value)).toEqual(['extra', 'ignore']);
    expect(mappingOptions('events').map((o) => o.value)).toContain('target');
  });
  it('names delimiters and encodings in Chinese', () => {
    expect(delimiterLabel('\t')).toBe('制表符');
    expect(delimiterLabel(',')).toBe('逗号');
    expect(encodingLabel('gb18030')).toBe('GB18030 / GBK');
  });
  it('masks preview cells by mapped key, extra columns by header, event files only in 说明', () => {
    expect(previewMaskKey('tickets', 'callerPhone', '电话')).toBe('callerPhone');
    expect(previewMaskKey('tickets', 'extra', '联系人手机')).toBe('联系人手机');
    expect(previewMaskKey('events', 'note', '说明')).toBe('content');
    expect(previewMaskKey('events', 'ticket', '工单编号')).toBe('id');
  });
});
