/// The report's one stylesheet, inline: screen and A4 print, greyscale-safe, system fonts
/// only (no web font, no external request).
enum HTMLStyleSheet {
    /// The CSS for `year`'s report (the year goes into the printed page footer).
    static func css(year: Int) -> String {
        """
        @page { size: A4 portrait; margin: 15mm 14mm 17mm 14mm;
          @bottom-left { content: "Bilag 1 · \(year)"; font: 8pt "DejaVu Sans", Arial, sans-serif; color: #555; }
          @bottom-right { content: "Side " counter(page) " af " counter(pages); font: 8pt "DejaVu Sans", Arial, sans-serif; color: #555; } }
        * { box-sizing: border-box; }
        html { font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 10pt; color: #1a1a1a; background: #ffffff; }
        body { margin: 0 auto; max-width: 194mm; padding: 10mm 8mm 14mm; line-height: 1.4; }
        h1 { font-size: 17pt; margin: 0 0 3mm; color: #1d3557; }
        h2 { font-size: 14pt; margin: 0 0 4mm; padding-bottom: 1.5mm; border-bottom: 2px solid #1d3557; color: #1d3557; }
        h3 { font-size: 10.5pt; margin: 6mm 0 2mm; }
        p { margin: 0 0 3mm; max-width: 170mm; }
        a { color: inherit; }
        table { border-collapse: collapse; width: 100%; font-size: 8.5pt; font-variant-numeric: tabular-nums; break-inside: avoid; page-break-inside: avoid; }
        th, td { padding: 1.1mm 1.8mm; border-bottom: 0.5pt solid #c8c8c8; }
        thead th { text-align: right; vertical-align: bottom; font-weight: bold; border-bottom: 1.2pt solid #1a1a1a; }
        thead th.name, tbody th { text-align: left; }
        tbody th { font-weight: normal; white-space: nowrap; }
        td { text-align: right; white-space: nowrap; }
        td.none { color: #777777; }
        table.flags { font-size: 7.5pt; break-inside: auto; page-break-inside: auto; }
        table.flags tr { break-inside: avoid; page-break-inside: avoid; }
        table.flags td { text-align: left; white-space: normal; }
        table.flags td.number { text-align: right; white-space: nowrap; }
        table.flags td:last-child { width: 45%; }
        table.summary tbody th { white-space: normal; }
        tbody tr:nth-child(even) th, tbody tr:nth-child(even) td { background: #f2f2f2; }
        tr.total th, tr.total td { font-weight: bold; background: #ffffff; border-top: 1.2pt solid #1a1a1a; border-bottom: 1.2pt solid #1a1a1a; }
        .partial { margin-left: 0.15em; }
        p.note { font-size: 8pt; color: #444444; margin-top: 1.5mm; }
        figure.chart { margin: 5mm 0 0; break-inside: avoid; page-break-inside: avoid; }
        figure.chart svg { display: block; width: 100%; height: auto; }
        figcaption { font-size: 8pt; color: #444444; margin-top: 1mm; }
        svg.chart text { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 11px; fill: #1a1a1a; }
        svg.chart text.value { font-size: 9px; fill: #333333; }
        svg.chart text.value.small { font-size: 8px; }
        svg.chart text.tick { font-size: 10px; fill: #444444; }
        svg.chart text.axis-title { font-size: 10px; fill: #444444; }
        svg.chart rect.bar, svg.chart rect.swatch { stroke: #1a1a1a; stroke-width: 0.6; }
        svg.chart rect.band { fill: #f2f2f2; }
        svg.chart line.grid { stroke: #cfcfcf; stroke-width: 0.8; stroke-dasharray: 3 2; }
        svg.chart line.zero, svg.chart line.axis { stroke: #1a1a1a; stroke-width: 1; }
        nav ol { margin: 0 0 4mm; padding-left: 6mm; }
        section.unit, section.followup { margin-top: 14mm; }
        footer { margin-top: 10mm; font-size: 8pt; color: #555555; }
        @media print {
          html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          body { max-width: none; padding: 0; }
          section.unit, section.followup { margin-top: 0; break-before: page; page-break-before: always; }
          th, td { padding: 0.8mm 1.2mm; }
          /* The flag tables are compact so that the ten largest fit the first page. */
          table.flags th, table.flags td { padding: 0.6mm 1mm; }
          /* A chart with many series shrinks to stay on its table's page. */
          figure.chart svg { width: auto; max-width: 100%; max-height: 140mm; }
          a { text-decoration: none; }
        }

        """
    }

    /// The rules of lean pages (`NationalOverview.isLean`, a run over many municipalities):
    /// each table kept whole and compact, three to a printed page; the long summary breaks
    /// between its rows.
    static let leanCSS = """
        section.unit.lean { margin-top: 8mm; break-inside: avoid; page-break-inside: avoid; }
        section.unit.lean h2 { font-size: 11pt; margin-bottom: 2mm; }
        section.unit.lean table { font-size: 7.5pt; }
        table.summary { break-inside: auto; page-break-inside: auto; }
        table.summary tr { break-inside: avoid; page-break-inside: avoid; }
        @media print {
          section.unit.lean { margin-top: 5mm; break-before: auto; page-break-before: auto; }
          section.unit.lean th, section.unit.lean td { padding: 0.4mm 1mm; }
        }

        """

    /// The rules of the budget follow-up's pages (`HTMLForecast`), added only to a report with
    /// a forecast so that the other reports stay as they are.
    static let forecastCSS = """
        section.forecast, section.months { margin-top: 14mm; }
        p.sentence { font-size: 11pt; margin: 2mm 0 3mm; }
        table.forecast { font-size: 8pt; }
        table.forecast tbody th { white-space: normal; }
        ul.backtest { margin: 0 0 3mm; padding-left: 5mm; }
        ul.backtest li { margin-bottom: 1mm; }
        div.charts { display: grid; grid-template-columns: 1fr 1fr; gap: 3mm 6mm; }
        figure.month-chart { margin: 0; break-inside: avoid; page-break-inside: avoid; }
        figure.month-chart figcaption { font-size: 9pt; font-weight: bold; color: #1a1a1a; margin: 0 0 0.5mm; }
        figure.month-chart svg { display: block; width: 100%; height: auto; }
        svg.monthly text { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10px; fill: #1a1a1a; }
        svg.monthly text.tick { font-size: 9px; fill: #444444; }
        svg.monthly line.grid { stroke: #d6d6d6; stroke-width: 0.7; }
        svg.monthly line.zero, svg.monthly line.axis { stroke: #1a1a1a; stroke-width: 0.9; }
        @media print {
          section.forecast, section.months { margin-top: 0; break-before: page; page-break-before: always; }
        }

        """
}
