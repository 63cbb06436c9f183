<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<#assign d = page.data>
<@l.frame>
<#if d.recruitment??>
<section class="section" aria-labelledby="recruitment">
  <@l.h2 "recruitment"/>
  <p>Sign-up opens on <@l.when d.recruitment.opens/> and closes on <@l.when d.recruitment.closes/>.</p>
  <#if d.recruitment.channels?has_content><p>We will ask for volunteers through:</p><@l.bullets d.recruitment.channels/></#if>
</section>
</#if>
<section class="section" aria-labelledby="approach">
  <@l.h2 "approach"/>
  <#if d.approach??><p><strong>${d.approach}.</strong></p></#if>
  <#if d.matcher??><p>Matching is done by ${d.matcher?uncap_first}.</p></#if>
  <#if d.capacity??><p>${d.capacity}</p></#if>
</section>
<#if d.rules?has_content>
<section class="section" aria-labelledby="rules">
  <@l.h2 "rules"/>
  <ul class="rules"><#list d.rules as r><li>${r}</li></#list></ul>
</section>
</#if>
<section class="section" aria-labelledby="questionnaire">
  <@l.h2 "questionnaire"/>
  <#if d.questions?has_content>
  <ol class="questions">
    <#list d.questions as q>
    <li class="question">
      <p class="question__text">${q.text}<#if q.required> <span class="tag">Required</span></#if></p>
      <p class="question__meta">${q.type} · ${q.audience}</p>
      <#if q.options?has_content><ul class="question__options"><#list q.options as o><li>${o}</li></#list></ul></#if>
    </li>
    </#list>
  </ol>
  <#else>
  <p>There is no questionnaire: pairs are matched by conversation with the matcher.</p>
  </#if>
  <#if d.confidential>
  <p class="note">The questionnaire also has optional, confidential questions. Only the matcher sees your answers to them<#if d.privacyHref??>; see <a href="${d.privacyHref}">privacy</a></#if>.</p>
  </#if>
</section>
</@l.frame>
