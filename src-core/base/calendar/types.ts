/**
 * One year of the working-day calendar: public holidays (放假) and make-up working days (调休上班)
 * as announced by the State Council. Stored per year and editable; every other weekday is a
 * working day and every other Saturday and Sunday a rest day.
 */
export type CalendarYear = {
  year: number;
  /** Rest days beyond ordinary weekends, `YYYY-MM-DD`, with the holiday's name. */
  holidays: { date: string; name: string }[];
  /** Weekend days that are working days (调休上班), `YYYY-MM-DD`, with the holiday they pay for. */
  workdays: { date: string; name: string }[];
  /** Where the data comes from (a notice number, or who edited it). */
  source: string;
};
