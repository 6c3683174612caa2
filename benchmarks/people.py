"""The People view over a large library (targets: opens in <= 300 ms, filters
in <= 50 ms per keystroke).

500 generated analyses (invented names, ~25 actors and ~8 quotes each, names
shared across articles) are indexed into a throw-away data folder; then, in a
headless app:

1. opening the People view (index read, people merged, list built and painted),
   median of several opens, against a baseline measured in the same run: a
   plain screen showing an OptionList with the same rows (what any Textual
   list of that size costs); and the data part alone (SQL + merge);
2. filtering: one keystroke's filter plus repaint, median and max over every
   prefix of several names, and key press to idle through the real key path.

Run: python benchmarks/people.py [--articles 500] [--runs 7]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

FIRST = ["Alex", "Sam", "Jordan", "Robin", "Casey", "Morgan", "Taylor", "Jamie", "Riley", "Avery", "Quinn",
         "Drew", "Harper", "Rowan", "Emery", "Finley", "Hayden", "Kendall", "Logan", "Parker"]
LAST = ["Brook", "Carter", "Dale", "Ellis", "Frost", "Grant", "Hale", "Irving", "Jarvis", "Keller", "Lowe",
        "Marsh", "Nash", "Osborn", "Pryce", "Quill", "Rhodes", "Sloane", "Thorne", "Vance", "Wren", "Yates"]
ORGS = ["Northwind Bank", "Acme Corp", "Globex", "Initech", "Umbrella Ltd", "Stark Foundry", "Wayne Trust",
        "Hooli", "Vandelay Imports", "Soylent Group", "Cyberdyne", "Tyrell Works"]
PLACES = ["Springfield", "Shelbyville", "Riverton", "Lakeside", "Hill Valley", "Twin Peaks", "Eastham",
          "Westbury", "Northgate", "Southport"]


def generate(index: int, rng: random.Random):
    from tui.analysis.model import Actor, Analysis, Mention, ModelInfo, Quote

    people = rng.sample([f"{f} {l}" for f in FIRST for l in LAST], 16)
    names = [(n, "PERSON") for n in people] + [(o, "ORG") for o in rng.sample(ORGS, 5)] + \
            [(p, "GPE") for p in rng.sample(PLACES, 4)]
    text = f"Report number {index}\n\n"
    mentions: dict[str, list] = {n: [] for n, _ in names}
    quotes = []
    for para in range(12):
        for _ in range(4):
            name, _kind = rng.choice(names)
            start = len(text)
            text += name
            mentions[name].append(Mention(start, start + len(name), name))
            if rng.random() < 0.17:
                text += " said “"
                qstart = len(text)
                said = f"we will look at item {rng.randint(1, 999)} again"
                text += said + ".” "
                quotes.append((qstart, qstart + len(said), said, name))
            else:
                text += " met the press in the afternoon. "
        text += "\n\n"
    actors, ids = [], {}
    ranked = sorted((n for n, _ in names if mentions[n]), key=lambda n: -len(mentions[n]))
    kinds = dict(names)
    for i, name in enumerate(ranked, 1):
        ids[name] = f"a{i}"
        actors.append(Actor(f"a{i}", name, kinds[name], 1.0 / i, (name,), tuple(mentions[name])))
    return Analysis(
        source=f"/library/report-{index}.txt", title=f"Report number {index}", text=text,
        model=ModelInfo("generated", "0"),
        actors=tuple(actors),
        quotes=tuple(Quote(s, e, t, "direct", ids[n], "said") for s, e, t, n in quotes),
    )


async def measure(articles: int, runs: int) -> None:
    from textual.app import App
    from textual.screen import Screen
    from textual.widgets import Footer, Input, OptionList
    from textual.widgets.option_list import Option

    from tui.analysis.people import filter_people
    from tui.analysis.userdata import open_userdata, text_hash
    from tui.screens.people import PeopleList, PeopleScreen

    rng = random.Random(7)
    data = open_userdata()
    t0 = time.perf_counter()
    hashes = set()
    for i in range(articles):
        analysis = generate(i, rng)
        data.index(analysis)
        hashes.add(text_hash(analysis.text))
    rows = data.person_rows(hashes)
    print(f"  indexed {articles} generated articles ({len(rows):,} actors) in "
          f"{time.perf_counter() - t0:.1f} s; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    from tui.analysis.people import merge_people

    reads = []
    for _ in range(runs):
        start = time.perf_counter()
        merge_people(data.name_groups(hashes))
        reads.append(time.perf_counter() - start)

    from tui.themes import reader_variables

    class Bench(App):
        CSS_PATH = [REPO / "styles" / "app.tcss"]

        def get_css_variables(self) -> dict[str, str]:  # the stylesheet uses the reader's colours
            variables = super().get_css_variables()
            return {**variables, **reader_variables(self.current_theme, variables)}

    class Baseline(Screen):
        def __init__(self, prompts) -> None:
            super().__init__()
            self.prompts = prompts

        def compose(self):
            yield Input()
            yield OptionList(*[Option(p, id=str(i)) for i, p in enumerate(self.prompts)])
            yield Footer()

    def paint(screen) -> None:
        for widget in screen.query("OptionList"):
            for y in range(widget.size.height):
                widget.render_line(y)

    app = Bench()
    async with app.run_test(size=(140, 40)) as pilot:
        async def loaded(screen) -> None:
            """Until the view has read the index and laid out its list."""
            while not screen.loaded:
                await asyncio.sleep(0.001)
            await pilot.pause()

        opens, base = [], []
        prompts = None
        for _ in range(runs):
            start = time.perf_counter()
            screen = PeopleScreen(hashes)
            await app.push_screen(screen)
            await loaded(screen)  # (the index is read in a worker)
            paint(screen)
            opens.append(time.perf_counter() - start)
            prompts = [screen._prompt(p) for p in screen.shown]
            people_count = len(screen.people)
            app.pop_screen()
            await pilot.pause()

            start = time.perf_counter()
            baseline = Baseline(prompts)
            await app.push_screen(baseline)
            await pilot.pause()
            paint(baseline)
            base.append(time.perf_counter() - start)
            app.pop_screen()
            await pilot.pause()

        screen = PeopleScreen(hashes)
        await app.push_screen(screen)
        await loaded(screen)
        listing = screen.query_one(PeopleList)
        queries = [p.name.lower() for p in rng.sample(screen.people, 5)] + ["nrthwind", "spring"]
        filtered = []
        for query in queries:
            for i in range(1, len(query) + 1):
                start = time.perf_counter()
                screen.show_people(filter_people(query[:i], screen.people))
                for y in range(listing.size.height):
                    listing.render_line(y)
                filtered.append(time.perf_counter() - start)
                await pilot.pause()
        field = screen.query_one("#people-filter", Input)
        field.focus()
        typed = []
        for query in queries[:3]:
            field.value = ""
            await pilot.pause()
            for ch in query:
                start = time.perf_counter()
                await pilot.press("space" if ch == " " else ch)
                typed.append(time.perf_counter() - start)

    ms = lambda xs: f"median {statistics.median(xs) * 1000:7.1f} ms, max {max(xs) * 1000:7.1f} ms"
    print(f"  people merged: {people_count:,} from {len(rows):,} actors of {articles} articles")
    print(f"  its data: index read (SQL, grouped by name) + merge:  {ms(reads)}")
    print(f"  open the People view (index read, merge, list, paint): {ms(opens)}  (target <= 300 ms)")
    print(f"  baseline, a plain screen with the same list:           {ms(base)}")
    print(f"  ratio: {statistics.median(opens) / statistics.median(base):.2f}x the baseline")
    print(f"  filter keystroke, filter + repaint:                    {ms(filtered)}  (target <= 50 ms)")
    print(f"  filter keystroke, key press to idle (pilot):           {ms(typed)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data:
        os.environ["NEWSREADER_DATA_DIR"] = data
        asyncio.run(measure(args.articles, args.runs))


if __name__ == "__main__":
    main()
