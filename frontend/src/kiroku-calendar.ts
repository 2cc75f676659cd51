/**
 * <kiroku-calendar>: a thin custom element over FullCalendar 6 for Kiroku's Java component
 * (app.kiroku.shared.calendar.KirokuCalendar). Events are asked from the server for the visible range only;
 * clicks, selections and moves are reported back. Japanese national holidays come from @holiday-jp/holiday_jp.
 *
 * It renders into its own light DOM: FullCalendar puts its CSS into the document head, which a shadow root
 * would not see.
 */
import { Calendar } from '@fullcalendar/core';
import type { EventDropArg, EventInput } from '@fullcalendar/core';
import jaLocale from '@fullcalendar/core/locales/ja';
import dayGridPlugin from '@fullcalendar/daygrid';
import interactionPlugin from '@fullcalendar/interaction';
import listPlugin from '@fullcalendar/list';
import timeGridPlugin from '@fullcalendar/timegrid';
import holidayJp from '@holiday-jp/holiday_jp';

interface CalendarServer {
  fetchEvents(start: string, end: string): Promise<string>;
  dateClicked(date: string, allDay: boolean): void;
  rangeSelected(start: string, end: string, allDay: boolean): void;
  eventClicked(id: string): void;
  eventMoved(id: string, start: string, end: string, allDay: boolean): void;
}

type Revert = () => void;

/** Dates as the server reads them: local date-time without offset, or a bare date for all-day. */
function local(date: Date | null, allDay: boolean): string {
  if (!date) {
    return '';
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return allDay ? day : `${day}T${pad(date.getHours())}:${pad(date.getMinutes())}:00`;
}

function holidays(start: Date, end: Date, english: boolean): EventInput[] {
  return holidayJp.between(start, end).map((holiday) => ({
    start: local(holiday.date, true),
    allDay: true,
    display: 'background',
    title: english ? holiday.name_en : holiday.name,
    classNames: ['kiroku-holiday'],
  }));
}

export class KirokuCalendarElement extends HTMLElement {
  $server?: CalendarServer;
  private calendar?: Calendar;
  private resizeObserver?: ResizeObserver;
  private readonly pendingMoves = new Map<string, Revert>();

  connectedCallback(): void {
    // rendering at once gave a zero-width month grid: wait for layout, then keep the size in step
    requestAnimationFrame(() => this.render());
  }

  disconnectedCallback(): void {
    this.resizeObserver?.disconnect();
    this.calendar?.destroy();
    this.calendar = undefined;
    this.replaceChildren();
  }

  private option(name: string, fallback: string): string {
    return this.getAttribute(name) ?? fallback;
  }

  private render(): void {
    if (this.calendar || !this.isConnected) {
      return;
    }
    const english = this.option('locale', 'ja') === 'en';
    const host = document.createElement('div');
    host.className = 'kiroku-calendar-host';
    this.appendChild(host);
    this.calendar = new Calendar(host, {
      plugins: [dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin],
      locales: [jaLocale],
      locale: english ? 'en' : 'ja',
      initialView: this.option('initial-view', 'dayGridMonth'),
      initialDate: this.getAttribute('initial-date') ?? undefined,
      firstDay: Number(this.option('first-day', '0')),
      height: '100%',
      headerToolbar: {
        left: 'prev,next today',
        center: 'title',
        right: 'dayGridMonth,timeGridWeek,timeGridDay,listWeek',
      },
      businessHours: { daysOfWeek: [1, 2, 3, 4, 5], startTime: '09:00', endTime: '18:00' },
      slotMinTime: '07:00:00',
      slotMaxTime: '21:00:00',
      nowIndicator: true,
      selectable: true,
      selectMirror: true,
      dayMaxEvents: true,
      // events take the focus and open with Enter, as a click opens them
      eventInteractive: true,
      eventStartEditable: true,
      // a visit has a start only (its hour is implied), so an event is moved, never stretched
      eventDurationEditable: false,
      events: (info, success, failure) => {
        if (!this.$server) {
          success([]);
          return;
        }
        this.$server
          .fetchEvents(local(info.start, true), local(info.end, true))
          .then((json) => success([...(JSON.parse(json) as EventInput[]), ...holidays(info.start, info.end, english)]))
          .catch((error: Error) => failure(error));
      },
      dateClick: (info) => this.$server?.dateClicked(local(info.date, info.allDay), info.allDay),
      select: (info) => {
        // a drag over several slots; a single click arrives as dateClick
        if (info.end.getTime() - info.start.getTime() > (info.allDay ? 86_400_000 : 1_800_000)) {
          this.$server?.rangeSelected(local(info.start, info.allDay), local(info.end, info.allDay), info.allDay);
        }
        this.calendar?.unselect();
      },
      eventClick: (info) => {
        info.jsEvent.preventDefault();
        if (info.event.id) {
          this.$server?.eventClicked(info.event.id);
        }
      },
      // FullCalendar's "+n more" link is an <a> without href carrying aria-expanded, which only a button may
      // have; and its aria-controls is empty until the popover opens
      moreLinkDidMount: (info) => {
        info.el.setAttribute('role', 'button');
        if (!info.el.getAttribute('aria-controls')) {
          info.el.removeAttribute('aria-controls');
        }
      },
      // the toolbar's arrow icons are role="img" without a name; the buttons around them are named by their title
      viewDidMount: () =>
        this.querySelectorAll('.fc-icon[role="img"]').forEach((icon) => icon.setAttribute('aria-hidden', 'true')),
      dayCellDidMount: (info) => {
        if (info.view.type === 'dayGridMonth' && !info.isOther) {
          this.addDayAction(info.el, info.date, english);
        }
      },
      eventDrop: (info) => this.moved(info),
    });
    this.calendar.render();
    this.resizeObserver = new ResizeObserver(() => this.calendar?.updateSize());
    this.resizeObserver.observe(this);
  }

  /**
   * A button in each day of the month: what a click on the empty day does, for the keyboard and screen readers.
   * It keeps its events to itself, or FullCalendar would take the press for a click on the day as well.
   */
  private addDayAction(cell: HTMLElement, date: Date, english: boolean): void {
    const top = cell.querySelector('.fc-daygrid-day-top');
    if (!top) {
      return;
    }
    const day = new Intl.DateTimeFormat(english ? 'en-GB' : 'ja-JP', {
      month: 'long',
      day: 'numeric',
      weekday: 'short',
    }).format(date);
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'kiroku-day-action';
    button.setAttribute('aria-label', this.option('day-action-label', '{0}').replace('{0}', day));
    for (const type of ['pointerdown', 'mousedown', 'touchstart', 'click']) {
      button.addEventListener(type, (event) => event.stopPropagation());
    }
    button.addEventListener('click', () => this.$server?.dateClicked(local(date, true), true));
    top.append(button);
  }

  private moved(info: EventDropArg): void {
    const event = info.event;
    this.pendingMoves.set(event.id, info.revert);
    this.$server?.eventMoved(event.id, local(event.start, event.allDay), local(event.end, event.allDay), event.allDay);
  }

  /** The server's answer to a move: kept, or put back where it was. */
  resolveMove(id: string, accepted: boolean): void {
    const revert = this.pendingMoves.get(id);
    this.pendingMoves.delete(id);
    if (!accepted && revert) {
      revert();
    }
  }

  refetch(): void {
    this.calendar?.refetchEvents();
  }

  changeView(view: string): void {
    this.calendar?.changeView(view);
  }

  gotoDate(date: string): void {
    this.calendar?.gotoDate(date);
  }
}

customElements.define('kiroku-calendar', KirokuCalendarElement);

declare global {
  interface HTMLElementTagNameMap {
    'kiroku-calendar': KirokuCalendarElement;
  }
}
