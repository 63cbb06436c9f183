<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<#-- A chapter written in Markdown: the layout shows its text as the page's introduction. -->
<@l.frame></@l.frame>
