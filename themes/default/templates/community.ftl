<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<#assign d = page.data>
<@l.frame>
<section class="section" aria-labelledby="events">
  <@l.h2 "events"/>
  <#if d.events?has_content>
  <table class="table">
    <caption class="visually-hidden">Community events by date</caption>
    <thead><tr><th scope="col">Date</th><th scope="col">Event</th><th scope="col">For</th></tr></thead>
    <tbody>
      <#list d.events as e><tr><td><@l.when e.date/></td><td>${e.title}<#if e.occurrence??> (${e.occurrence})</#if></td><td>${e.audience!}</td></tr></#list>
    </tbody>
  </table>
  <#else>
  <p>No community events are planned yet.</p>
  </#if>
</section>
</@l.frame>
