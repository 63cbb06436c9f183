<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<#assign d = page.data>
<@l.frame>
<section class="section" aria-labelledby="chart">
  <@l.h2 "chart"/>
  <p>From <@l.when d.from/> to <@l.when d.to/>. Every date is also listed in order <a href="#dates">below</a>.</p>
  <figure class="timeline" aria-label="Timeline chart of the scheme's phases, meetings and events">
    <div class="timeline__axis" aria-hidden="true">
      <#list d.ticks as t><span class="timeline__tick" style="left: ${t.left}">${t.label}</span></#list>
    </div>
    <ol class="timeline__phases">
      <#list d.phases as p>
      <li class="timeline__phase">
        <span class="timeline__phase-label"><strong>${p.title}</strong> <span class="timeline__phase-dates"><@l.when p.start/> to <@l.when p.end/> · ${p.weeks}</span></span>
        <span class="timeline__track" aria-hidden="true"><span class="timeline__bar timeline__bar--${p?index % 5}" style="left: ${p.left}; width: ${p.width}"></span></span>
      </li>
      </#list>
    </ol>
    <div class="timeline__markers" aria-hidden="true">
      <span class="timeline__markers-label">Meetings and events</span>
      <span class="timeline__track timeline__track--markers">
        <#list d.markers as m><span class="timeline__marker timeline__marker--${m.kind}" style="left: ${m.left}" title="${m.label}, ${m.date.text}"></span></#list>
      </span>
    </div>
    <figcaption class="timeline__legend">
      <span class="legend legend--meeting">Meeting</span>
      <span class="legend legend--milestone">Milestone</span>
      <span class="legend legend--event">Community event</span>
      <span class="legend legend--recruitment">Recruitment</span>
    </figcaption>
  </figure>
</section>
<section class="section" aria-labelledby="dates">
  <@l.h2 "dates"/>
  <ol class="date-list date-list--timeline">
    <#list d.dates as item>
    <li class="date-list__item date-list__item--${item.kind}">
      <span class="date-list__date"><@l.when item.date/></span>
      <span class="date-list__label"><#if item.href??><a href="${item.href}">${item.label}</a><#else>${item.label}</#if></span>
    </li>
    </#list>
  </ol>
</section>
</@l.frame>
