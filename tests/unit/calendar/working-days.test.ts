import { describe, expect, it } from 'vitest';
import { BUILTIN_CALENDAR } from '@core/base/calendar/builtin';
import { addWorkingDays, coversDay, isWorkingDay, validateCalendarYear, workCalendar, workingDaysBetween } from '@core/base/calendar/working-days';

const cal = workCalendar(BUILTIN_CALENDAR);

describe('built-in calendar 2024–2026', () => {
  it('knows holidays and 调休 working days as announced', () => {
    expect(isWorkingDay(cal, '2025-01-28')).toBe(false); // 除夕, Tuesday
    expect(isWorkingDay(cal, '2025-01-26')).toBe(true); // Sunday 调休上班
    expect(isWorkingDay(cal, '2025-02-08')).toBe(true); // Saturday 调休上班
    expect(isWorkingDay(cal, '2025-10-08')).toBe(false); // 国庆中秋 8 days
    expect(isWorkingDay(cal, '2025-10-11')).toBe(true);
    expect(isWorkingDay(cal, '2024-02-04')).toBe(true);
    expect(isWorkingDay(cal, '2024-06-10')).toBe(false);
    expect(isWorkingDay(cal, '2026-01-04')).toBe(true);
    expect(isWorkingDay(cal, '2026-02-23')).toBe(false);
    expect(isWorkingDay(cal, '2026-09-20')).toBe(true);
    expect(isWorkingDay(cal, '2026-03-03')).toBe(true); // an ordinary Tuesday
    expect(isWorkingDay(cal, '2026-03-07')).toBe(false); // an ordinary Saturday
  });

  it('has valid data for every year and every 调休 day is a weekend', () => {
    for (const y of BUILTIN_CALENDAR) expect(validateCalendarYear(y)).toEqual([]);
    expect(BUILTIN_CALENDAR.map((y) => y.year)).toEqual([2024, 2025, 2026]);
    // 2025 counts 13 statutory days (除夕 and 5月2日 added); the announced rest spans list 28 days.
    expect(BUILTIN_CALENDAR[1]!.holidays).toHaveLength(28);
  });
});

describe('addWorkingDays', () => {
  it('skips the Spring Festival and counts the 调休 Saturday (2025)', () => {
    // Friday 2025-01-24: next working days are Sun 01-26 (调休), Mon 01-27, then holiday until 02-04,
    // Wed 02-05, Thu 02-06, Fri 02-07, Sat 02-08 (调休).
    expect(addWorkingDays(cal, '2025-01-24', 1)).toBe('2025-01-26');
    expect(addWorkingDays(cal, '2025-01-24', 2)).toBe('2025-01-27');
    expect(addWorkingDays(cal, '2025-01-24', 3)).toBe('2025-02-05');
    expect(addWorkingDays(cal, '2025-01-24', 6)).toBe('2025-02-08');
    expect(addWorkingDays(cal, '2025-01-24', 7)).toBe('2025-02-10');
  });

  it('crosses the National Day week (2026) and ordinary weekends', () => {
    expect(addWorkingDays(cal, '2026-09-30', 1)).toBe('2026-10-08');
    expect(addWorkingDays(cal, '2026-09-30', 3)).toBe('2026-10-10'); // Saturday 调休上班
    expect(addWorkingDays(cal, '2026-03-06', 1)).toBe('2026-03-09');
    expect(addWorkingDays(cal, '2026-03-06', 0)).toBe('2026-03-06');
  });

  it('treats only weekends as rest outside the data and says so', () => {
    expect(coversDay(cal, '2027-10-01')).toBe(false);
    expect(addWorkingDays(cal, '2027-10-01', 1)).toBe('2027-10-04');
  });

  it('user edits replace a built-in year', () => {
    const edited = workCalendar([...BUILTIN_CALENDAR, { year: 2026, holidays: [{ date: '2026-03-09', name: '本地假日' }], workdays: [], source: '测试' }]);
    expect(addWorkingDays(edited, '2026-03-06', 1)).toBe('2026-03-10');
    expect(isWorkingDay(edited, '2026-10-01')).toBe(true); // the built-in 2026 entry was replaced
  });

  it('counts working days between two days, negative when reversed', () => {
    expect(workingDaysBetween(cal, '2025-01-24', '2025-02-08')).toBe(6);
    expect(workingDaysBetween(cal, '2025-02-08', '2025-01-24')).toBe(-6);
    expect(() => addWorkingDays(cal, '2025-02-30', 1)).toThrow(/YYYY-MM-DD/);
    expect(() => addWorkingDays(cal, '2025-02-03', -1)).toThrow(/不小于 0/);
  });
});

describe('validateCalendarYear', () => {
  it('reports bad dates, other years, overlaps and 调休 on weekdays', () => {
    const problems = validateCalendarYear({
      year: 2027, source: '',
      holidays: [{ date: '2027-02-30', name: 'x' }, { date: '2026-12-31', name: 'x' }, { date: '2027-10-02', name: '国庆' }],
      workdays: [{ date: '2027-10-02', name: '国庆' }, { date: '2027-10-06', name: '国庆' }],
    });
    expect(problems.join('\n')).toMatch(/2027-02-30/);
    expect(problems.join('\n')).toMatch(/不属于 2027 年/);
    expect(problems.join('\n')).toMatch(/不能同时/);
    expect(problems.join('\n')).toMatch(/本来就是工作日/);
  });
});
