// The report's stylesheet, inlined into the page (no external fonts or files).
import { familyCss } from './families.js';

export const STYLE = `
*{box-sizing:border-box}
:root{--fg:#1f2937;--muted:#6b7280;--line:#e5e7eb;--panel:#fff}
html{scroll-padding-top:16px}
body{margin:0;font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif;color:var(--fg);background:#f3f4f6}
a{color:#1d4ed8;text-decoration:none}
a:hover{text-decoration:underline}
h1{font-size:20px;margin:0 0 4px}
h2{font-size:16px;margin:0}
h3{font-size:13px;margin:12px 0 4px;display:flex;align-items:center;gap:6px}
.muted{color:var(--muted)}
header.top{background:#fff;border-bottom:1px solid var(--line);padding:14px 24px}
.summary{display:flex;flex-wrap:wrap;gap:12px 32px;margin-top:10px;align-items:flex-start}
.summary section{min-width:220px}
.summary h2{font-size:13px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);margin-bottom:4px}
table.counts{border-collapse:collapse;font-size:13px}
table.counts td,table.counts th{padding:1px 10px 1px 0;text-align:left;vertical-align:top}
table.counts th{font-weight:600;color:var(--muted)}
ul.typecounts{list-style:none;margin:0;padding:0;columns:3 190px;column-gap:24px;font-size:13px}
ul.typecounts li{break-inside:avoid;white-space:nowrap}
ul.typecounts .n{color:var(--muted);font-variant-numeric:tabular-nums}
.summary section.types{max-width:660px}
table.counts td.n{text-align:right;font-variant-numeric:tabular-nums}
.sw{display:inline-block;width:10px;height:10px;border-radius:2px;background:var(--c);margin-right:6px;vertical-align:baseline}
.legend{display:flex;flex-wrap:wrap;gap:4px 14px;font-size:12px;margin-top:10px}
.legend span{white-space:nowrap}
ul.conflicts{margin:0;padding-left:18px;font-size:13px;max-width:720px}
ul.conflicts li{margin:2px 0}
ul.conflicts ul.pairs{margin:0;padding-left:16px;list-style:circle}
.vs{color:var(--muted);margin:0 4px}
main{padding:0 24px 45vh}
section.article{background:#fff;border:1px solid var(--line);border-radius:8px;margin:16px 0}
section.article>header{padding:10px 20px;border-bottom:1px solid var(--line)}
.cols{display:grid;grid-template-columns:minmax(0,1fr) minmax(260px,340px)}
.text{padding:14px 22px 22px;white-space:pre-wrap;overflow-wrap:anywhere;line-height:2.1;font-size:15px;max-width:88ch}
.text.nosource p{white-space:normal;margin:0 0 10px}
aside.facts{border-left:1px solid var(--line);padding:4px 14px 14px;position:sticky;top:0;align-self:start;max-height:100vh;overflow:auto;font-size:13px}
body.detail-open aside.facts{max-height:calc(56vh - 40px)}
aside.facts ol{list-style:none;margin:0;padding:0}
aside.facts li a{display:block;padding:2px 6px;border-left:3px solid var(--c);margin:2px 0;color:var(--fg);border-radius:0 3px 3px 0}
aside.facts li a:hover{background:var(--tint);text-decoration:none}
aside.facts li a.active{background:var(--tint2)}
.fv{font-weight:600}
.fs,.ft{color:var(--muted);margin-left:6px}
mark.f{background:var(--tint);color:inherit;border-bottom:2px solid var(--c);border-radius:2px;cursor:pointer;padding:1px 0}
mark.f.t-mention{border-bottom-style:dotted}
mark.f.also{background:none;border-bottom-style:dashed}
/* Tints stack: from the third level in (e.g. many facts on one sentence), underline only. */
mark.f mark.f mark.f{background:none}
mark.f mark.f mark.f.active{background:var(--tint2)}
mark.f.h2{padding-bottom:4px}
mark.f.h3{padding-bottom:7px}
mark.f.h4{padding-bottom:10px}
mark.f:hover{outline:1px solid var(--c)}
mark.f.active{background:var(--tint2);outline:2px solid var(--c);outline-offset:1px}
mark.f.empty{display:inline-block;width:4px;height:1em;background:var(--c)}
#detail{position:fixed;right:16px;bottom:16px;width:380px;max-height:44vh;overflow:auto;background:var(--panel);border:1px solid #d1d5db;border-top:4px solid var(--c,#334155);border-radius:8px;box-shadow:0 8px 24px rgba(0,0,0,.18);padding:10px 14px;font-size:13px;z-index:10}
#detail[hidden]{display:none}
#detail .close{position:absolute;right:8px;top:4px;border:0;background:none;font-size:18px;cursor:pointer;color:var(--muted)}
#detail .hint{font-size:11px;color:var(--muted);margin-top:6px}
dl.fact{display:grid;grid-template-columns:88px minmax(0,1fr);gap:2px 10px;margin:0}
dl.fact dt{color:var(--muted)}
dl.fact dd{margin:0;overflow-wrap:anywhere}
dl.fact pre{margin:0;font-size:12px;white-space:pre-wrap}
dl.fact .ev{font-style:italic}
${familyCss()}
`;
