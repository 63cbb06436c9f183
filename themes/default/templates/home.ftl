<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<#assign d = page.data>
<@l.frame>
<#if d.model??><p class="model-note">${d.model}.</p></#if>
<section aria-labelledby="purpose" class="section">
  <@l.h2 "purpose"/>
  <#if d.problem??><p class="callout callout--problem">${d.problem}</p></#if>
  <#if d.sponsor?? || d.lead??>
  <dl class="people-inline">
    <#if d.sponsor??><div><dt>Sponsor</dt><dd>${d.sponsor.name}<#if d.sponsor.role??>, ${d.sponsor.role}</#if></dd></div></#if>
    <#if d.lead??><div><dt>Scheme lead</dt><dd>${d.lead.name}<#if d.lead.role??>, ${d.lead.role}</#if><#if d.lead.email??> · <a href="${d.lead.mailto}">${d.lead.email}</a></#if></dd></div></#if>
  </dl>
  </#if>
</section>
<section aria-labelledby="objectives" class="section">
  <@l.h2 "objectives"/>
  <h3>Aims</h3>
  <@l.bullets d.aims/>
  <h3>Objectives, and how we will measure them</h3>
  <ul class="objectives">
    <#list d.objectives as o>
    <li class="objective">
      <p class="objective__text">${o.text}</p>
      <#if o.measures?has_content>
      <p class="objective__measures">Measured by:
        <#list o.measures as m><#if m.href??><a href="${m.href}">${m.title}</a><#else>${m.title}</#if><#sep>; </#list>
      </p>
      </#if>
    </li>
    </#list>
  </ul>
</section>
<#if d.keyDates?has_content>
<section aria-labelledby="key-dates" class="section">
  <@l.h2 "key-dates"/>
  <ol class="date-list">
    <#list d.keyDates as k>
    <li><span class="date-list__date"><@l.when k.date/></span> <span class="date-list__label">${k.label}</span></li>
    </#list>
  </ol>
</section>
</#if>
<#if d.links?has_content>
<section aria-labelledby="start-here" class="section">
  <@l.h2 "start-here"/>
  <ul class="cards">
    <#list d.links as link>
    <li class="card"><a class="card__link" href="${link.href}">${link.title}</a><p>${link.text}</p></li>
    </#list>
    <li class="card card--support"><a class="card__link" href="${site.supportHref}">Get support</a><p>Who to talk to, at any time</p></li>
  </ul>
</section>
</#if>
</@l.frame>
