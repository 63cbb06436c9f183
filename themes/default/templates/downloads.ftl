<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<#assign d = page.data>
<@l.frame>
<#if d.files?has_content>
<ul class="downloads">
  <#list d.files as f>
  <li class="download">
    <a class="download__link" href="${f.href}">${f.title}</a>
    <span class="download__meta">${f.format}, ${f.size}</span>
    <#if f.description??><p>${f.description}</p></#if>
  </li>
  </#list>
</ul>
<#else>
<p class="note">There are no downloads in this edition of the handbook yet. Printable packs appear here when they are built.</p>
</#if>
</@l.frame>
