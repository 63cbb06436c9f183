<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<#assign d = page.data>
<@l.frame>
<p class="note">Your diary is yours. Nobody reads it unless you choose to share it.</p>
<section class="section" aria-labelledby="after-each">
  <@l.h2 "after-each"/>
  <p>After each of your ${d.meetings} meetings, take ten minutes with these questions:</p>
  <@l.bullets d.prompts/>
</section>
<#list d.checkpoints as c>
<section class="section" aria-labelledby="${c.id}">
  <h2 id="${c.id}">${c.title}</h2>
  <#if c.date??><p class="theme__meeting">Around <@l.when c.date/></p></#if>
  <@l.bullets c.prompts/>
</section>
</#list>
<#if d.downloadsHref??><p>A printable diary is on the <a href="${d.downloadsHref}">downloads</a> page.</p></#if>
</@l.frame>
