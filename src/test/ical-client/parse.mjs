// Reads an iCalendar document with Mozilla's ical.js, independent of the gateway's ical4j, and prints it as JSON:
// { method, calendarName, events: [{ uid, sequence, summary, start, end, tz, location, url, status, organizer,
// attendees: [{ email, name, partstat, role }] }] } with start and end as UTC ISO instants, resolved through the
// document's own VTIMEZONE definitions. Usage: node parse.mjs <file | http(s) URL>. A non-200 answer prints
// { "httpStatus": n } and exits 2.
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';

const source = process.argv[2];
if (!source) {
  console.error('usage: node parse.mjs <file | URL>');
  process.exit(1);
}

let text;
if (/^https?:\/\//.test(source)) {
  const response = await fetch(source, { redirect: 'manual' });
  if (response.status !== 200) {
    console.log(JSON.stringify({ httpStatus: response.status }));
    process.exit(2);
  }
  text = await response.text();
} else {
  text = await readFile(source, 'utf8');
}

const calendar = new ICAL.Component(ICAL.parse(text));
for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
  ICAL.TimezoneService.register(vtimezone);
}

const mailbox = (value) => (value ? String(value).replace(/^mailto:/i, '') : null);

const events = calendar.getAllSubcomponents('vevent').map((component) => {
  const event = new ICAL.Event(component);
  const start = event.startDate;
  return {
    uid: event.uid,
    sequence: event.sequence,
    summary: event.summary,
    start: start ? start.toJSDate().toISOString() : null,
    end: event.endDate ? event.endDate.toJSDate().toISOString() : null,
    tz: start && start.timezone ? start.timezone : (start && start.zone ? start.zone.tzid : null),
    location: event.location,
    url: component.getFirstPropertyValue('url'),
    status: component.getFirstPropertyValue('status'),
    description: event.description,
    organizer: mailbox(component.getFirstPropertyValue('organizer')),
    attendees: event.attendees.map((attendee) => ({
      email: mailbox(attendee.getFirstValue()),
      name: attendee.getParameter('cn') || null,
      partstat: attendee.getParameter('partstat') || null,
      role: attendee.getParameter('role') || null,
    })),
  };
});

console.log(JSON.stringify({
  method: calendar.getFirstPropertyValue('method'),
  calendarName: calendar.getFirstPropertyValue('x-wr-calname'),
  events,
}));
