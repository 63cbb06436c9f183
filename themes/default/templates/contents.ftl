<#ftl output_format="HTML" strip_whitespace=true>
<#-- The contents page of a large handbook: every chapter in reading order, each with its summary. The
     sidebar of such a handbook lists only the chapters near the page being read, and links here. -->
<#import "layout.ftl" as l>
<@l.frame>
<ol class="contents-list">
  <#list page.data.chapters as chapter>
  <li id="${chapter.id}"><a href="${chapter.href}">${chapter.title}</a><#if chapter.summary??><br><span class="contents-list__summary">${chapter.summary}</span></#if></li>
  </#list>
</ol>
</@l.frame>
