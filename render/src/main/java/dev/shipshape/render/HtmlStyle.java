package dev.shipshape.render;

/** The HTML report's style sheet: inline, because the report must not fetch anything. */
final class HtmlStyle {

  private HtmlStyle() {}

  static final String CSS =
"""
      :root{--ink:#1d2633;--muted:#5b6675;--line:#e3e7ed;--bg:#f5f7fa;--card:#fff;--accent:#24527a;
      --l0:#b42318;--l1:#c4540c;--l2:#a87a00;--l3:#3f8a3a;--l4:#1c7047;--none:#98a2b3;
      --pass:#1c7047;--partial:#a87a00;--fail:#b42318;--na:#6b7785;--exempt:#52657a;--error:#7a3e9d}
      *{box-sizing:border-box}
      html{-webkit-text-size-adjust:100%}
      body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 system-ui,-apple-system,
      "Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;overflow-wrap:anywhere}
      .wrap{max-width:1080px;margin:0 auto;padding:0 20px}
      header.top{background:#1f3b57;color:#fff;padding:28px 0 24px}
      .eyebrow{margin:0;text-transform:uppercase;letter-spacing:.08em;font-size:12px;opacity:.75}
      h1{margin:4px 0 14px;font-size:28px;line-height:1.2;font-weight:650}
      h2{font-size:18px;margin:0 0 12px;font-weight:650}
      h3{font-size:15px;margin:18px 0 8px;font-weight:650}
      .meta{display:flex;flex-wrap:wrap;gap:6px 28px;margin:0;font-size:13px}
      .meta div{min-width:0}.meta dt{opacity:.7}.meta dd{margin:0;font-weight:500}
      main.wrap{padding-top:20px;padding-bottom:8px}
      .card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:18px 20px;
      margin:0 0 16px}
      .grid2{display:grid;grid-template-columns:1fr 1fr;gap:16px}.grid2>.card{margin:0}
      .grid2{margin-bottom:16px}
      .hero{display:flex;gap:28px;align-items:center;flex-wrap:wrap}
      .gauge{flex:0 0 auto;width:140px;height:140px}
.hero>div{flex:1 1 260px;min-width:0}
      .stage-label{margin:0;color:var(--muted);font-size:13px;text-transform:uppercase;
      letter-spacing:.06em}
      .stage{margin:2px 0 10px;font-size:26px;font-weight:650}
      .ladder{display:flex;flex-wrap:wrap;gap:6px;list-style:none;margin:0 0 10px;padding:0}
      .ladder li{padding:3px 10px;border-radius:999px;border:1px solid var(--line);font-size:13px;
      color:var(--muted)}
      .ladder li.current{background:var(--accent);border-color:var(--accent);color:#fff}
      .explain{margin:0;color:var(--muted)}
      ul.plain,ol.steps{margin:0;padding-left:20px}ol.steps li,ul.plain li{margin:0 0 8px}
      .none{color:var(--muted);margin:0}
      code{font:13px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#eef1f5;
      padding:1px 5px;border-radius:4px}
      .bars{display:grid;grid-template-columns:minmax(0,15em) 1fr auto auto;gap:8px 12px;
      align-items:center}
      .bars .name{font-size:14px}.bars svg{width:100%;height:14px;display:block}
      .bars .num{font-variant-numeric:tabular-nums;text-align:right;font-weight:600}
      .lvl{font-size:12px;font-weight:600;padding:1px 7px;border-radius:999px;color:#fff}
      .l0{background:var(--l0)}.l1{background:var(--l1)}.l2{background:var(--l2)}
      .l3{background:var(--l3)}.l4{background:var(--l4)}.ln{background:var(--none)}
      .tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(190px,1fr));gap:12px}
      .tile{border:1px solid var(--line);border-radius:10px;padding:14px;background:#fbfcfd}
      .tile h3{margin:0 0 6px;font-size:13px;color:var(--muted);font-weight:600}
      .tile .value{font-size:19px;line-height:1.3;font-weight:650;margin:0 0 4px;color:var(--ink)}
      .tile p{margin:0;font-size:13px;color:var(--muted)}
      .band{display:inline-block;font-size:12px;font-weight:600;padding:1px 8px;border-radius:999px;
      margin-bottom:6px;color:#fff;background:var(--none)}
      .band.elite{background:#14613f}.band.high{background:#3f8a3a}.band.medium{background:#a87a00}
      .band.low{background:#b42318}
      dl.flow{display:grid;grid-template-columns:repeat(auto-fit,minmax(220px,1fr));gap:8px 16px;
      margin:0}
      dl.flow dt{font-size:13px;color:var(--muted)}dl.flow dd{margin:0 0 4px}
      table.checks{width:100%;border-collapse:collapse;font-size:14px}
      table.checks th,table.checks td{text-align:left;vertical-align:top;padding:8px 10px;
      border-top:1px solid var(--line)}
      table.checks thead th{white-space:nowrap;font-size:12px;text-transform:uppercase;letter-spacing:.05em;
      color:var(--muted);border-top:0}
      table.checks tbody th{background:#f0f3f7;font-size:13px}
      table.checks td.score{white-space:nowrap;font-variant-numeric:tabular-nums}
      .status{display:inline-block;white-space:nowrap;font-size:12px;font-weight:600;padding:2px 8px;
      border-radius:999px;color:#fff}
      .pass{background:var(--pass)}.partial{background:var(--partial)}.fail{background:var(--fail)}
      .not-applicable{background:var(--na)}.exempt{background:var(--exempt)}
      .error{background:var(--error)}
      .title{color:var(--muted);font-size:13px}
      details{margin-top:6px}summary{cursor:pointer;color:var(--accent);font-size:13px}
      details ul{margin:6px 0 0;padding-left:18px}
      .next{margin:6px 0 0;font-size:13px}
      .chips{display:flex;flex-wrap:wrap;gap:6px}
      .chip{font-size:13px;padding:1px 9px;border-radius:999px;background:#eaf0f6;color:#23405c}
      dl.inventory{display:grid;grid-template-columns:10em 1fr;gap:8px 12px;margin:0}
      dl.inventory dt{color:var(--muted);font-size:13px;padding-top:2px}dl.inventory dd{margin:0}
      .diag-warning{color:#8a5a00}.diag-error{color:var(--fail)}
      .spark{display:grid;grid-template-columns:minmax(0,15em) 1fr auto;gap:6px 12px;
      align-items:center}
      .spark svg{width:100%;height:28px;display:block}
      .spark.big svg{height:64px}
      .dates{display:flex;justify-content:space-between;color:var(--muted);font-size:12px}
      footer{color:var(--muted);font-size:13px;padding:8px 0 32px}
      a{color:var(--accent)}
      @media (max-width:720px){
      .grid2{grid-template-columns:1fr}
      .bars{grid-template-columns:1fr auto auto}.bars .name{grid-column:1/-1;margin-bottom:-6px}
      .spark{grid-template-columns:1fr auto}.spark .name{grid-column:1/-1;margin-bottom:-4px}
      dl.inventory{grid-template-columns:1fr}dl.inventory dd{margin-bottom:6px}
      table.checks thead{display:none}
      table.checks,table.checks tbody,table.checks tr,table.checks td,table.checks th{display:block;
      width:100%}
      table.checks td{border-top:0;padding:2px 10px}
      table.checks tr{border-top:1px solid var(--line);padding:6px 0}
      h1{font-size:23px}.stage{font-size:22px}
      }
      @media print{
      body{background:#fff;font-size:12px}
      header.top{background:#fff;color:var(--ink);border-bottom:2px solid var(--ink);padding:0 0 8px}
      .card,.tile{break-inside:avoid;border-color:#ccc}
      table.checks tr{break-inside:avoid}
      details::details-content{content-visibility:visible;display:block}
      summary{color:var(--ink)}
      .status,.lvl,.band,.ladder li.current{-webkit-print-color-adjust:exact;print-color-adjust:exact}
      a{color:inherit;text-decoration:none}
      }
      """;
}
