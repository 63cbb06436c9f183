<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<#assign d = page.data>
<@l.frame>
<section class="section" aria-labelledby="how">
  <@l.h2 "how"/>
  <dl class="facts">
    <div><dt>How many</dt><dd>${d.count} meetings, one every ${d.every}</dd></div>
    <div><dt>How long</dt><dd>About ${d.minutes} each</dd></div>
    <#if d.formats??><div><dt>Where</dt><dd>${d.formats?cap_first}<#if d.venue??>; ${d.venue}</#if></dd></div></#if>
    <#if d.firstContact??><div><dt>Who gets in touch first</dt><dd>${d.firstContact}</dd></div></#if>
    <#if d.agendaOwner??><div><dt>Who sets the agenda</dt><dd>${d.agendaOwner?cap_first}</dd></div></#if>
  </dl>
</section>
<section class="section" aria-labelledby="schedule">
  <@l.h2 "schedule"/>
  <ol class="meeting-list">
    <#list d.schedule as m>
    <li class="meeting" id="${m.id}">
      <span class="meeting__number">Meeting ${m.number}</span>
      <span class="meeting__date"><@l.when m.date/></span>
      <span class="meeting__theme"><#if m.theme??><#if m.theme.href??><a href="${m.theme.href}">${m.theme.title}</a><#else>${m.theme.title}</#if><#else>Your own agenda</#if></span>
    </li>
    </#list>
  </ol>
  <#if d.themesHref??><p>Prompts for each meeting are on the <a href="${d.themesHref}">meeting themes</a> page.</p></#if>
</section>
</@l.frame>
