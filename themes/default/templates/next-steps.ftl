<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<#assign d = page.data>
<@l.frame>
<#if d.end??><p>The scheme ends on <@l.when d.end/>. What happens next matters as much as the meetings.</p></#if>
<#if d.feedback??>
<section class="section" aria-labelledby="feedback"><@l.h2 "feedback"/>
  <p>Everyone who took part is invited to a feedback session on <@l.when d.feedback/>.</p>
</section>
</#if>
<#if d.actions?has_content><section class="section" aria-labelledby="actions"><@l.h2 "actions"/><@l.bullets d.actions/></section></#if>
<#if d.continuation?has_content><section class="section" aria-labelledby="continuing"><@l.h2 "continuing"/><@l.bullets d.continuation/></section></#if>
</@l.frame>
