<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<#assign d = page.data>
<#macro group g>
  <#if g.description??><p>${g.description}</p></#if>
  <#if g.eligibility?has_content><h3>Who can take part</h3><@l.bullets g.eligibility/></#if>
  <#if g.expectations?has_content><h3>What we ask of you</h3><@l.bullets g.expectations/></#if>
  <#if g.commitment??><p class="note"><strong>Time:</strong> ${g.commitment}</p></#if>
</#macro>
<@l.frame>
<#if d.modelWords??><p class="model-note">${d.modelWords}.</p></#if>
<#if page.data.heading["leads"]??>
<section class="section" aria-labelledby="leads">
  <@l.h2 "leads"/>
  <dl class="people-inline">
    <#if d.lead??><div><dt>Scheme lead</dt><dd>${d.lead.name}<#if d.lead.role??>, ${d.lead.role}</#if><#if d.lead.email??> · <a href="${d.lead.mailto}">${d.lead.email}</a></#if></dd></div></#if>
    <#if d.sponsor??><div><dt>Sponsor</dt><dd>${d.sponsor.name}<#if d.sponsor.role??>, ${d.sponsor.role}</#if></dd></div></#if>
  </dl>
</section>
</#if>
<section class="section" aria-labelledby="mentors"><@l.h2 "mentors"/><@group d.mentors/></section>
<section class="section" aria-labelledby="mentees"><@l.h2 "mentees"/><@group d.mentees/></section>
<#if d.buddies??>
<section class="section" aria-labelledby="buddies">
  <@l.h2 "buddies"/>
  <#if d.buddies.description??><p>${d.buddies.description}</p></#if>
  <#if d.buddies.model??><p class="note">${d.buddies.model}.</p></#if>
  <#if d.buddies.remit?has_content><h3>What a support buddy does</h3><@l.bullets d.buddies.remit/></#if>
</section>
</#if>
<#if d.partners?has_content>
<section class="section" aria-labelledby="partners">
  <@l.h2 "partners"/>
  <ul class="plain-list">
    <#list d.partners as p><li><strong>${p.name}</strong><#if p.type??> (${p.type})</#if><#if p.role??>: ${p.role}</#if></li></#list>
  </ul>
</section>
</#if>
</@l.frame>
