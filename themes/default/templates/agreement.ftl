<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<#assign d = page.data>
<@l.frame>
<section class="section" aria-labelledby="clauses">
  <@l.h2 "clauses"/>
  <ol class="clauses">
    <#list d.clauses as c>
    <li class="clause<#if c.safeguarding> clause--safeguarding</#if>" id="${c.id}">
      <h3 class="clause__title">${c.title}<#if c.safeguarding> <span class="tag">Safeguarding</span></#if></h3>
      <p>${c.text}</p>
    </li>
    </#list>
  </ol>
</section>
<section class="section" aria-labelledby="signing">
  <@l.h2 "signing"/>
  <#if d.signatories?has_content><p>The agreement is signed by:</p><@l.bullets d.signatories/></#if>
  <#if d.downloadsHref??><p>A printable copy to sign is on the <a href="${d.downloadsHref}">downloads</a> page.</p></#if>
</section>
</@l.frame>
