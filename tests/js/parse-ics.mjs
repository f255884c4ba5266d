// Parse an iCalendar file with ical.js, the parser inside Thunderbird, and print what a
// client would see of each event as JSON, for tests/test_ics.py to compare.
import { readFileSync } from "node:fs";
import ICAL from "ical.js";

const text = readFileSync(process.argv[2], "utf8");
const calendar = new ICAL.Component(ICAL.parse(text));
// As a client does: the feed's own VTIMEZONEs define the zones its TZIDs name.
for (const zone of calendar.getAllSubcomponents("vtimezone")) {
  ICAL.TimezoneService.register(zone);
}
const events = calendar.getAllSubcomponents("vevent").map((component) => {
  const event = new ICAL.Event(component);
  return {
    uid: event.uid,
    summary: event.summary,
    description: event.description,
    location: event.location,
    start: event.startDate.toString(),
    end: event.endDate ? event.endDate.toString() : null,
    isDate: event.startDate.isDate,
    timezone: event.startDate.zone ? event.startDate.zone.tzid : null,
    utc: event.startDate.isDate ? null : event.startDate.toUnixTime(),
    transp: component.getFirstPropertyValue("transp"),
    url: component.getFirstPropertyValue("url"),
    categories: component.getFirstPropertyValue("categories"),
  };
});
const zones = calendar.getAllSubcomponents("vtimezone").map((z) => z.getFirstPropertyValue("tzid"));
console.log(JSON.stringify({
  name: calendar.getFirstPropertyValue("name"),
  calname: calendar.getFirstPropertyValue("x-wr-calname"),
  refresh: String(calendar.getFirstPropertyValue("refresh-interval")),
  events,
  zones,
}));
