import {expect} from '@open-wc/testing';
import ICAL from 'ical.js';
import {buildIcs, escapeText, fold, isValidDateTime} from './ics.js';

const event = {
  uid: '1b4e28ba-2fa1-11d2-883f-0016d3cca427@ms-numbness-widgets',
  stamp: new Date(Date.UTC(2026, 4, 1, 9, 5, 7)),
  date: '2026-06-15',
  time: '14:30',
  minutes: 30,
  summary: 'Rendez-vous : neurologue, Dr Martin; salle 3',
  description: 'Apporter mes notes.\nLigne 2, avec \\ barre',
  lang: 'fr',
  alarmMinutesBefore: 1440,
};

describe('buildIcs', () => {
  it('is read by a real iCalendar parser with the right date, time, length and text', () => {
    const text = buildIcs(event);
    const vcalendar = new ICAL.Component(ICAL.parse(text));
    const vevent = vcalendar.getFirstSubcomponent('vevent')!;
    const parsed = new ICAL.Event(vevent);
    expect(parsed.uid).to.equal(event.uid);
    expect(parsed.summary).to.equal(event.summary);
    expect(parsed.description).to.equal(event.description);
    const start = parsed.startDate;
    expect([start.year, start.month, start.day, start.hour, start.minute]).to.deep.equal([2026, 6, 15, 14, 30]);
    // Floating local time: the reminder is at 14:30 wherever the reader's calendar is.
    expect(start.zone?.tzid).to.equal('floating');
    expect(parsed.duration.toSeconds()).to.equal(30 * 60);
    expect(vevent.getFirstPropertyValue('dtstamp')!.toString()).to.equal('2026-05-01T09:05:07Z');
    expect(vevent.getFirstProperty('summary')!.getParameter('language')).to.equal('fr');
    const alarm = vevent.getFirstSubcomponent('valarm')!;
    expect((alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()).to.equal(-1440 * 60);
  });

  it('uses CRLF line ends only, and folds long lines at 75 octets without splitting a character', () => {
    const long = {...event, summary: 'موعد مع طبيب الأعصاب '.repeat(6), lang: 'ar'};
    const text = buildIcs(long);
    expect(text.endsWith('\r\n')).to.equal(true);
    expect(text.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    const encoder = new TextEncoder();
    for (const line of text.split('\r\n')) expect(encoder.encode(line).length).to.be.at.most(75);
    expect(text).to.contain('\r\n ');
    expect(new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!).summary).to.equal(long.summary);
  });

  it('escapes text per RFC 5545', () => {
    expect(escapeText('a,b;c\\d\ne')).to.equal('a\\,b\\;c\\\\d\\ne');
    expect(fold('x'.repeat(80))).to.equal(`${'x'.repeat(75)}\r\n ${'x'.repeat(5)}`);
  });

  it('refuses dates and times that do not exist', () => {
    expect(isValidDateTime('2026-02-29', '10:00')).to.equal(false);
    expect(isValidDateTime('2028-02-29', '10:00')).to.equal(true);
    expect(isValidDateTime('2026-05-01', '24:00')).to.equal(false);
    expect(isValidDateTime('2026-05-01', '9:00')).to.equal(false);
    expect(() => buildIcs({...event, date: 'soon'})).to.throw(RangeError);
  });
});
