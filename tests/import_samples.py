"""Small source files for the import tests: pages in several layouts, feeds, JSON exports."""

from __future__ import annotations

from pathlib import Path

PAGE_OPEN_GRAPH = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Kim arrives in Vladivostok - Example News</title>
<meta property="og:title" content="Kim arrives in Vladivostok">
<meta property="og:site_name" content="Example News">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2023-09-12T08:00:00Z">
<link rel="canonical" href="https://news.example.com/2023/09/12/kim-arrives">
</head><body><nav><a href="/">Home</a> | <a href="/world">World</a> | Sport</nav>
<article><h1>Kim arrives in Vladivostok</h1><p>By Jane Doe</p>
<p>North Korean leader Kim Jong Un arrived in Vladivostok on Tuesday for talks with Russian
President Vladimir Putin, officials said. The visit was his first trip abroad since 2019.</p>
<p>His armoured train left Pyongyang on Sunday night and crossed the border on Monday morning.
The two leaders are expected to discuss weapons and food supplies, according to analysts.</p>
<p>The summit follows months of speculation about closer ties between the two countries, which
share a short border along the Tumen River.</p>
</article><footer>Copyright 2023 Example News. All rights reserved.</footer></body></html>
"""

# A blog layout: no Open Graph, the date in JSON-LD and a <time> element, the text in divs.
PAGE_BLOG = """<html><head><meta charset="utf-8"><title>Port strike ends after nine days</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "Port strike ends after nine days", "datePublished": "2021-03-04",
"author": {"@type": "Person", "name": "Ana Ruiz"},
"publisher": {"@type": "Organization", "name": "Harbour Times"}}</script>
</head><body><div id="menu"><ul><li>News</li><li>Sport</li><li>Weather</li></ul></div>
<div class="post"><h2 class="post-title">Port strike ends after nine days</h2>
<div class="meta">Posted <time datetime="2021-03-04">4 March 2021</time> by Ana Ruiz</div>
<div class="post-body"><div>Dock workers at the port of Valencia returned to work on Thursday
after a nine-day strike over pay, the union said in a statement.</div>
<div>The strike began on February 23 and halted most container traffic through the port, the
busiest on the Mediterranean coast. Shipping lines diverted dozens of vessels to Barcelona.</div>
<div>Under the agreement, wages rise by four percent this year and by three percent in 2022.</div>
</div></div><div class="sidebar">Most read: Weather warning for the weekend</div></body></html>
"""

# No date in any metadata: only in the url and the visible text (htmldate's deeper search).
PAGE_DATE_IN_TEXT = """<html><head><title>Flood barrier holds as river peaks</title>
<link rel="canonical" href="https://local.example.org/news/2019/11/08/flood-barrier">
</head><body><main><h1>Flood barrier holds as river peaks</h1>
<p class="date">November 8, 2019</p>
<p>The new flood barrier in the town centre held overnight as the river rose to its highest
level in twenty years, the council said on Friday morning.</p>
<p>Residents of the lower streets had been told to move valuables upstairs on Thursday, and
volunteers filled sandbags at the fire station until late in the evening.</p>
<p>The barrier was finished in the spring after three years of work and cost the council and the
national agency twelve million pounds.</p></main></body></html>
"""

PAGE_RUSSIAN = """<html lang="ru"><head><meta charset="utf-8">
<title>Ким прибыл во Владивосток</title>
<meta property="article:published_time" content="2023-09-12">
<meta property="og:site_name" content="Пример Новости">
</head><body><article><h1>Ким прибыл во Владивосток</h1>
<p>Лидер КНДР Ким Чен Ын прибыл во Владивосток 12 сентября для переговоров с президентом России.
Его бронепоезд пересёк границу в понедельник утром, сообщили официальные лица.</p>
<p>Переговоры продолжились 13 сентября на космодроме Восточный, где стороны обсудили
сотрудничество в области космоса и поставки продовольствия.</p></article></body></html>
"""

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Harbour Times</title><link>https://harbour.example.com/</link>
<language>en</language>
<item><title>Ferry service resumes after storm</title>
<link>https://harbour.example.com/ferry-resumes</link>
<pubDate>Mon, 02 Mar 2009 16:23:00 -0500</pubDate>
<author>desk@harbour.example.com (Tom Lee)</author>
<description>Ferries run again.</description>
<content:encoded><![CDATA[<p>The ferry service between the island and the mainland resumed
on Monday after a storm kept boats in port for three days, the operator said.</p>
<p>The first crossing left at 6 a.m. with more than two hundred passengers.</p>]]></content:encoded>
</item>
<item><title>Council approves new harbour wall</title>
<link>https://harbour.example.com/harbour-wall?utm_source=rss</link>
<pubDate>Tue, 03 Mar 2009 09:00:00 GMT</pubDate>
<description><![CDATA[The council approved a new harbour wall on Tuesday,
after a vote of 12 to 3.]]></description>
</item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Mountain Post</title>
<id>urn:uuid:60a76c80-d399-11d9-b91C-0003939e0af6</id><updated>2022-05-03T10:00:00Z</updated>
<entry><title>Pass reopens to traffic</title><id>urn:uuid:1</id>
<link href="https://mountain.example.net/pass-reopens"/>
<published>2022-05-02T07:30:00+02:00</published><updated>2022-05-03T10:00:00Z</updated>
<author><name>Lena Brandt</name></author>
<content type="html">&lt;p&gt;The mountain pass reopened to traffic on Monday after crews cleared
the last of the winter snow, two weeks later than usual.&lt;/p&gt;</content></entry>
</feed>
"""

JSONL = (
    '{"headline": "Mine rescue completed", "body": "All 33 miners were brought to the surface '
    'on Wednesday night after 69 days underground, officials said.", "date": "2010-10-13", '
    '"link": "https://api.example.com/a/1", "outlet": "Wire", "writer": "P. Gomez"}\n'
    '{"headline": "Rescue capsule tested", "body": "Engineers tested the rescue capsule on '
    'Sunday, three days before the operation began.", "date": "Oct 10, 2010", '
    '"link": "https://api.example.com/a/2", "outlet": "Wire"}\n'
)
JSONL_FIELDS = [
    "--field",
    "title=headline",
    "--field",
    "text=body",
    "--field",
    "published=date",
    "--field",
    "url=link",
    "--field",
    "source=outlet",
    "--field",
    "author=writer",
]


def write(folder: Path, name: str, text: str | bytes) -> Path:
    """Write a sample file and return its path."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path
