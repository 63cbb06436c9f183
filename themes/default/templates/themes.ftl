<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<#assign d = page.data>
<#macro prompts title items><#if items?has_content><div class="prompts"><h3>${title}</h3><ul><#list items as p><li>${p}</li></#list></ul></div></#if></#macro>
<@l.frame>
<#list d.themes as t>
<section class="section theme" aria-labelledby="${t.id}">
  <h2 id="${t.id}">${t.title}</h2>
  <#if t.meeting??>
  <p class="theme__meeting"><#if t.meeting.href??><a href="${t.meeting.href}">Meeting ${t.meeting.number}</a><#else>Meeting ${t.meeting.number}</#if>, <@l.when t.meeting.date/></p>
  </#if>
  <#if t.summary??><p>${t.summary}</p></#if>
  <#if t.before??><p class="note"><strong>Before you meet:</strong> ${t.before}</p></#if>
  <div class="prompt-grid">
    <@prompts "For the mentor" t.mentor/>
    <@prompts "For the mentee" t.mentee/>
    <@prompts "For both of you" t.both/>
  </div>
</section>
</#list>
<#if !d.themes?has_content><p>No themes are planned: agree your own topics together.</p></#if>
</@l.frame>
