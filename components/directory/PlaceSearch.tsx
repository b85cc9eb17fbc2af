"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useState, type KeyboardEvent } from "react";
import { callApi } from "@/components/api/client";
import { entryName } from "@/components/entry/names";
import type { Locale } from "@/i18n/locales";
import type { ApiEntry } from "@/lib/validation/entry";
import type { RegionOption } from "./types";

/** A place as /api/v1/places gives it. */
interface ApiPlace {
  id: string;
  kind: "region" | "district" | "city" | "settlement";
  name: { kk: string | null; ru: string | null; en: string };
  regionIso: string;
  point: { lat: number; lng: number };
}

type Option = { type: "place"; place: ApiPlace } | { type: "entry"; entry: Pick<ApiEntry, "id" | "name" | "locality"> };

const SUGGESTIONS = 5;
/** Suggestions wait until typing pauses this long: one request per pause, not per key. */
const DEBOUNCE_MS = 150;

interface Props {
  value: string;
  regions: RegionOption[];
  onText: (q: string) => void;
  /** A place chosen: the directory acts as for a click on the map at its point. */
  onPlace: (point: { lat: number; lng: number }) => void;
  /** An entry chosen: the directory selects it, as a click on its marker does. */
  onEntry: (id: string) => void;
}

const placeName = (p: ApiPlace, locale: Locale) => p.name[locale] ?? p.name.ru ?? p.name.en;

/**
 * The home page's search box as a combobox (the ARIA 1.2 pattern with a listbox popup): typing filters the
 * list as before and offers places first, then entries; ↑/↓ move through the offers, Enter takes one, Esc
 * closes the list (a second Esc clears the box). The input keeps id "q": "Near me" refused focuses it.
 */
export function PlaceSearch({ value, regions, onText, onPlace, onEntry }: Props) {
  const t = useTranslations("search");
  const h = useTranslations("home");
  const locale = useLocale() as Locale;
  const listId = useId();
  const [places, setPlaces] = useState<ApiPlace[]>([]);
  const [entries, setEntries] = useState<Option[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // Suggestions answer typing only: not a q restored from the URL, nor the box after a choice.
  const [typed, setTyped] = useState(false);
  const regionName = (iso: string) => regions.find((r) => r.iso === iso)?.name[locale] ?? "";

  useEffect(() => {
    const q = value.trim();
    if (!typed || q.length === 0) {
      setPlaces([]);
      setEntries([]);
      return;
    }
    const abort = new AbortController();
    const timer = setTimeout(() => {
      const qs = encodeURIComponent(q.slice(0, 100));
      Promise.all([
        callApi<{ items: ApiPlace[] }>(`/api/v1/places?q=${qs}&limit=${SUGGESTIONS}`, { signal: abort.signal }),
        callApi<{ items: ApiEntry[] }>(`/api/v1/entries?q=${qs}&limit=${SUGGESTIONS}`, { signal: abort.signal }),
      ])
        .then(([p, e]) => {
          setPlaces(p.ok ? p.data.items : []);
          setEntries(e.ok ? e.data.items.map((entry) => ({ type: "entry" as const, entry })) : []);
          setActive(-1);
        })
        .catch(() => {}); // aborted: a newer query is on its way
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [value, typed]);

  const options: Option[] = [...places.map((place) => ({ type: "place" as const, place })), ...entries];
  const expanded = open && options.length > 0;
  const optionId = (i: number) => `${listId}-option-${i}`;

  const choose = (option: Option) => {
    setOpen(false);
    setActive(-1);
    setTyped(false);
    if (option.type === "place") {
      // The typed text goes: a place chosen is the map's point view, the same as a click there.
      onText("");
      onPlace(option.place.point);
    } else onEntry(option.entry.id);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      if (options.length === 0) return;
      e.preventDefault();
      setOpen(true);
      const step = e.key === "ArrowDown" ? 1 : -1;
      setActive((i) => (expanded ? (i + step + options.length) % options.length : step === 1 ? 0 : options.length - 1));
    } else if (e.key === "Enter" && expanded && active >= 0) {
      e.preventDefault();
      choose(options[active]!);
    } else if (e.key === "Escape") {
      if (expanded) setOpen(false);
      else onText("");
      setActive(-1);
    }
  };

  const renderOption = (option: Option, i: number) => (
    <li
      key={option.type === "place" ? option.place.id : option.entry.id}
      id={optionId(i)}
      role="option"
      aria-selected={i === active}
      className={i === active ? "combo-option active" : "combo-option"}
      // mousedown, not click: the input must not lose focus (and close the list) before the choice lands
      onMouseDown={(e) => {
        e.preventDefault();
        choose(option);
      }}
    >
      {option.type === "place" ? (
        <>
          <span className="combo-name">{placeName(option.place, locale)}</span>{" "}
          <span className="combo-detail">
            {t(`kind.${option.place.kind}`)}
            {option.place.kind === "region" ? "" : `, ${regionName(option.place.regionIso)}`}
          </span>
        </>
      ) : (
        <>
          <span className="combo-name" lang={entryName(option.entry.name, locale).lang}>
            {entryName(option.entry.name, locale).text}
          </span>
          {option.entry.locality ? <span className="combo-detail"> {option.entry.locality}</span> : null}
        </>
      )}
    </li>
  );

  return (
    <div className="field combo">
      <label htmlFor="q">{h("search")}</label>
      <input
        id="q"
        type="search"
        role="combobox"
        value={value}
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-describedby="q-hint"
        onChange={(e) => {
          setTyped(true);
          setOpen(true);
          onText(e.target.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(true)}
      />
      <ul id={listId} role="listbox" aria-label={t("suggestions")} className="combo-list" hidden={!expanded}>
        {places.length > 0 ? (
          <li role="presentation" className="combo-group">
            {t("places")}
          </li>
        ) : null}
        {options.slice(0, places.length).map((o, i) => renderOption(o, i))}
        {entries.length > 0 ? (
          <li role="presentation" className="combo-group">
            {t("entries")}
          </li>
        ) : null}
        {options.slice(places.length).map((o, i) => renderOption(o, places.length + i))}
      </ul>
      <p id="q-hint" className="hint">
        {t("hint")}
      </p>
      <p role="status" className="visually-hidden">
        {typed && value.trim() ? t("count", { places: places.length, entries: entries.length }) : ""}
      </p>
    </div>
  );
}
