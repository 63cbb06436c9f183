<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<#assign d = page.data>
<@l.frame>
<section class="section" aria-labelledby="now">
  <@l.h2 "now"/>
  <p>If you or someone else is in immediate danger, call 999.</p>
  <ul class="signpost-cards">
    <#list d.signposts as sp>
    <li class="signpost-card">
      <h3>${sp.name}</h3>
      <#if sp.description??><p>${sp.description}</p></#if>
      <ul class="plain-list">
        <#if sp.phone??><li>Phone: <a href="${sp.tel}">${sp.phone}</a></li></#if>
        <#if sp.email??><li>Email: <a href="${sp.mailto}">${sp.email}</a></li></#if>
        <#if sp.url??><li>Website: <a href="${sp.url}">${sp.url}</a></li></#if>
      </ul>
      <p class="checked"><#if sp.checked??>Details checked on <@l.when sp.checked/><#else>These details have not been checked yet</#if></p>
    </li>
    </#list>
  </ul>
</section>
<section class="section" aria-labelledby="escalation">
  <@l.h2 "escalation"/>
  <#if d.escalation?has_content>
  <table class="table">
    <caption class="visually-hidden">Who to contact about each kind of concern</caption>
    <thead><tr><th scope="col">If your concern is</th><th scope="col">Contact</th></tr></thead>
    <tbody>
      <#list d.escalation as e><tr><td>${e.concern}</td><td>${e.contact}</td></tr></#list>
    </tbody>
  </table>
  </#if>
  <#if d.lead??><p>The scheme lead is ${d.lead.name}<#if d.lead.role??>, ${d.lead.role}</#if><#if d.lead.email??> (<a href="${d.lead.mailto}">${d.lead.email}</a>)</#if>.</p></#if>
  <#if d.agreementHref??><p>Either of you can end the pairing at any time without giving a reason: see the <a href="${d.agreementHref}">agreement</a>.</p></#if>
</section>
<#if d.buddies??>
<section class="section" aria-labelledby="buddies">
  <@l.h2 "buddies"/>
  <#if d.buddies.description??><p>${d.buddies.description}</p></#if>
  <@l.bullets d.buddies.remit/>
</section>
</#if>
</@l.frame>
