<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<#assign d = page.data>
<@l.frame>
<section class="section" aria-labelledby="framework">
  <@l.h2 "framework"/>
  <#if d.framework??><p>We use ${d.framework?uncap_first}.</p></#if>
</section>
<section class="section" aria-labelledby="measures">
  <@l.h2 "measures"/>
  <#list d.measures as m>
  <div class="measure" id="${m.id}">
    <h3>${m.title}</h3>
    <dl class="facts facts--compact">
      <#if m.level??><div><dt>Level</dt><dd>${m.level}</dd></div></#if>
      <#if m.instrument??><div><dt>How</dt><dd>${m.instrument}</dd></div></#if>
      <#if m.when??><div><dt>When</dt><dd>${m.when?cap_first}</dd></div></#if>
    </dl>
    <#if m.items?has_content><p>Questions or items:</p><@l.bullets m.items/></#if>
    <#if m.objectives?has_content><p>Shows progress on: <#list m.objectives as o><#if o.href??><a href="${o.href}">${o.text}</a><#else>${o.text}</#if><#sep>; </#list></p></#if>
  </div>
  </#list>
</section>
<section class="section" aria-labelledby="reporting">
  <@l.h2 "reporting"/>
  <p>Results for groups of fewer than ${d.minGroupSize} people are never shown, so that nobody can be identified.</p>
  <#if d.audience??><p>Results are shared with ${d.audience}.</p></#if>
</section>
</@l.frame>
