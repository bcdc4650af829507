import { cardDay } from '../../../components/term-card/card-words';
import { cardLabels } from '../../../components/term-card/card-labels';
import { calendarDay } from '../calendar-day';
import { formatDay } from '../intl';

describe('days that do not exist', () => {
  it('are not read as days, where Date would roll them over', () => {
    expect(calendarDay('2018-10-17')).toEqual({ year: 2018, month: 10, day: 17 });
    expect(calendarDay('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    for (const bad of ['2018-13-01', '2018-00-10', '2023-02-29', '2024-04-31', '2018-1-1', '']) {
      expect(calendarDay(bad), bad).toBeNull();
    }
  });

  it('are shown as the data has them, never as another day', () => {
    expect(formatDay('2018-13-01', 'long', 'en')).toBe('2018-13-01');
    expect(formatDay('2024-02-30', 'long', 'en')).toBe('2024-02-30');
    expect(cardDay('2024-02-30', cardLabels('en'))).toBeNull();
    expect(cardLabels('en').day('2018-13-01')).toBe('2018-13-01');
    expect(cardLabels('es').day('2018-10-17')).toBe('17 de octubre de 2018');
  });
});
